import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAsyncApiDocument, FEEDS } from '@hub/contracts';

export const CONTRACTS_DIR = join(__dirname, '..', '..', '..', '..', 'libs', 'contracts');

/** The example message of each feed, as upstream teams read them (libs/contracts/examples). */
export function feedExamples(dir = CONTRACTS_DIR): Record<string, unknown> {
  return Object.fromEntries(
    Object.values(FEEDS).map((f) => [f.topic, JSON.parse(readFileSync(join(dir, 'examples', `${f.topic}.json`), 'utf8')) as unknown]),
  );
}

export function asyncApiText(dir = CONTRACTS_DIR): string {
  const version = (JSON.parse(readFileSync(join(dir, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  return JSON.stringify(buildAsyncApiDocument(feedExamples(dir), version), null, 2) + '\n';
}

export function writeAsyncApi(dir = CONTRACTS_DIR): string {
  const file = join(dir, 'asyncapi.json');
  writeFileSync(file, asyncApiText(dir));
  return file;
}
