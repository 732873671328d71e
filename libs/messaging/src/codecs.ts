// The two codec packages ship no types; their declarations sit beside this file (apps compile only what they import).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./types/codecs.d.ts" />
import { decompress as zstdDecompress } from 'fzstd';
import { CompressionCodecs, CompressionTypes } from 'kafkajs';
import SnappyCodec from 'kafkajs-snappy';
import * as lz4 from 'lz4js';

/** kafkajs's codec shape: it hands an encoder whose `buffer` holds the uncompressed record batch. */
interface Codec {
  compress(encoder: { buffer: Buffer }): Promise<Buffer>;
  decompress(buffer: Buffer): Promise<Buffer>;
}

/**
 * Kafka's LZ4 is the LZ4 frame format (KIP-57 fixed the header checksum in 0.10): lz4js reads and writes it
 * in plain JavaScript. kafkajs-lz4 needs the native `lz4` package, which npm here will not build.
 */
const lz4Codec: Codec = {
  compress: (encoder) => Promise.resolve(Buffer.from(lz4.compress(encoder.buffer))),
  decompress: (buffer) => Promise.resolve(Buffer.from(lz4.decompress(buffer))),
};

/**
 * zstd is read with fzstd (plain JavaScript); @kafkajs/zstd needs the native cppzst, which does not build on
 * current Node. The hub never writes zstd, so compressing is refused with a clear message.
 */
const zstdCodec: Codec = {
  compress: () => Promise.reject(new Error('the hub does not produce zstd-compressed batches: use gzip, snappy or lz4')),
  decompress: (buffer) => Promise.resolve(Buffer.from(zstdDecompress(buffer))),
};

/** The codecs a standard producer may use, as Kafka names them (compression.type). */
export const ACCEPTED_COMPRESSION = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;

let registered = false;

/**
 * kafkajs decodes only gzip by itself; a batch in any other codec throws inside the fetch loop and its
 * partition never moves. Registered once per process, before any consumer fetches.
 */
export function registerCompressionCodecs(): void {
  if (registered) return;
  registered = true;
  const codecs = CompressionCodecs as unknown as Record<number, () => Codec>;
  codecs[CompressionTypes.Snappy] = SnappyCodec;
  codecs[CompressionTypes.LZ4] = () => lz4Codec;
  codecs[CompressionTypes.ZSTD] = () => zstdCodec;
}
