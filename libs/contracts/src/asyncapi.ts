import { z } from 'zod';
import { FEEDS } from './feeds';
import { CHARSET_HEADER, MAX_CORRELATION_ID_LENGTH } from './boundary';
import { EARLIEST_TIMESTAMP, INT4_MAX, LATEST_TIMESTAMP } from './common';
import { Header } from './headers';
import { NormalizedEventV1 } from './internal/normalized-event.v1';
import { TaskEventV1 } from './internal/task-event.v1';
import { Topic, TOPIC_SPECS } from './topics';

type Json = Record<string, unknown>;

const toSchema = (s: z.ZodType): Json => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { target: 'draft-7', io: 'input' }) as Json;
  return rest;
};

const upstreamHeaders = {
  type: 'object',
  properties: {
    [Header.CorrelationId]: {
      type: 'string',
      pattern: '^[\\x21-\\x7E]{1,128}$',
      maxLength: MAX_CORRELATION_ID_LENGTH,
      description: `carried through every stage of the hub and into its logs; one is made if missing. A value that is not 1-${MAX_CORRELATION_ID_LENGTH} printable ASCII characters (too long, a NUL, a control character) is replaced by a new id and the event flagged correlation_id_replaced`,
    },
    [CHARSET_HEADER]: {
      type: 'string',
      enum: ['utf-8', 'gb18030', 'gbk', 'gb2312'],
      description:
        'the encoding of the value when it is not UTF-8: GB18030 (and its subsets GBK, GB2312) is read and the event flagged transcoded_gb18030. Without the header the value must be valid UTF-8, else it is set aside with reason invalid_encoding (never decoded into replacement characters)',
    },
    [Header.SchemaVersion]: { type: 'string', enum: ['1'], description: 'the payload schemaVersion, for routing without parsing' },
    [Header.Producer]: { type: 'string', description: 'the publishing system' },
  },
};

const deadLetterHeaders = {
  type: 'object',
  description: "The original message's headers, plus context in the manner of Kafka Connect's dead-letter queue.",
  properties: {
    [Header.DeadReason]: {
      type: 'string',
      enum: [
        'message_too_large',
        'not_json',
        'wrong_shape',
        'unsupported_version',
        'missing_field',
        'wrong_type',
        'invalid_value',
        'invalid_date',
        'future_date',
        'text_too_long',
        'invalid_encoding',
        'store_failed',
        'processing_failed',
      ],
      description:
        'why: a contract violation (the first ten), bytes that are not valid in their encoding (invalid_encoding), or a message that passed the contract and that the database still refused (store_failed, with the SQLSTATE and error in x-dlq-detail) or that failed to process alone (processing_failed)',
    },
    [Header.DeadMessageZh]: { type: 'string', description: '原因（中文）' },
    [Header.DeadMessageEn]: { type: 'string', description: 'reason in English' },
    [Header.DeadDetail]: { type: 'string', description: 'the field and the validation message' },
    [Header.DeadSourceTopic]: { type: 'string' },
    [Header.DeadSourcePartition]: { type: 'string' },
    [Header.DeadSourceOffset]: { type: 'string' },
    [Header.DeadFailedAt]: { type: 'string', format: 'date-time' },
    [Header.DeadConsumer]: { type: 'string', description: 'consumer name and version' },
  },
  required: [
    Header.DeadReason,
    Header.DeadMessageZh,
    Header.DeadMessageEn,
    Header.DeadSourceTopic,
    Header.DeadSourcePartition,
    Header.DeadSourceOffset,
  ],
};

const camel = (topic: string) => topic.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '');

/**
 * The AsyncAPI 3 document of the hub's Kafka interface, generated from the same zod definitions the
 * consumers parse with, so it cannot drift. Operations are the hub's: it receives the upstream feeds
 * and sends dead letters and normalized events.
 */
export function buildAsyncApiDocument(examples: Record<string, unknown>, version: string): Json {
  const channels: Json = {};
  const operations: Json = {};
  const messages: Json = {};
  const partitions = (t: Topic) => TOPIC_SPECS.find((s) => s.topic === t)!;

  for (const feed of Object.values(FEEDS)) {
    const id = camel(feed.topic);
    const deadId = camel(feed.deadLetterTopic);
    messages[id] = {
      name: id,
      title: feed.title,
      contentType: 'application/json',
      headers: upstreamHeaders,
      payload: toSchema(feed.schema),
      bindings: { kafka: { key: { type: 'string', description: `Message key: ${feed.keyRule}.` }, bindingVersion: '0.5.0' } },
      ...(examples[feed.topic] ? { examples: [{ name: 'example', payload: examples[feed.topic] }] } : {}),
    };
    messages[deadId] = {
      name: deadId,
      title: `${feed.title}: set aside`,
      summary: 'The original key and bytes (which may not be JSON) with the reason in the headers.',
      contentType: 'application/octet-stream',
      headers: deadLetterHeaders,
      payload: { description: 'the original message value, unchanged' },
    };
    channels[id] = {
      address: feed.topic,
      title: feed.title,
      description: `${partitions(feed.topic).description}. ${partitions(feed.topic).partitions} partitions.`,
      messages: { [id]: { $ref: `#/components/messages/${id}` } },
      bindings: { kafka: { partitions: partitions(feed.topic).partitions, bindingVersion: '0.5.0' } },
    };
    channels[deadId] = {
      address: feed.deadLetterTopic,
      title: `${feed.title}: dead letters`,
      description: 'Messages the hub could not take, with the reason. Redriven to the feed with `hubctl redrive` after a fix.',
      messages: { [deadId]: { $ref: `#/components/messages/${deadId}` } },
    };
    operations[`receive${id[0].toUpperCase()}${id.slice(1)}`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${id}` },
      summary: `The hub takes in each revision of a ${feed.title} exactly once in effect (idempotent on reference and revision).`,
      messages: [{ $ref: `#/channels/${id}/messages/${id}` }],
    };
    operations[`send${deadId[0].toUpperCase()}${deadId.slice(1)}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${deadId}` },
      summary: 'What the hub rejects, never lost.',
      messages: [{ $ref: `#/channels/${deadId}/messages/${deadId}` }],
    };
  }
  // The hub's own topics: what it publishes for its apps and for anyone downstream.
  const internal = (topic: Topic, schema: z.ZodType, title: string, description: string, key: string, operation: string) => {
    const id = camel(topic);
    messages[id] = {
      name: id,
      title: `${title} (internal)`,
      contentType: 'application/json',
      payload: toSchema(schema),
      bindings: { kafka: { key: { type: 'string', description: key }, bindingVersion: '0.5.0' } },
    };
    channels[id] = {
      address: topic,
      title: `${title}s (internal)`,
      description,
      messages: { [id]: { $ref: `#/components/messages/${id}` } },
    };
    operations[operation] = {
      action: 'send',
      channel: { $ref: `#/channels/${id}` },
      messages: [{ $ref: `#/channels/${id}/messages/${id}` }],
    };
  };
  internal(
    Topic.NormalizedEvent,
    NormalizedEventV1,
    'normalized event',
    'All three feeds in one shape; persons as keyed hashes and masks only.',
    'the household key (keyed hash of division code and address)',
    'sendHubEventNormalizedV1',
  );
  internal(
    Topic.TaskEvent,
    TaskEventV1,
    'grid task event',
    'Every step of the closed loop, escalation and grade change of a grid task, with who, when and why. No personal data.',
    'the task id',
    'sendHubTaskEventV1',
  );

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'suyuan-hub upstream feeds',
      version,
      description:
        "Kafka contract between the upstream systems (110 接处警, 法院立案, 信访) and suyuan-hub. Topic names carry their version: a breaking change is a new topic run beside the old one. Persons' ID numbers and phones are accepted in clear on the feed topics only; the hub stores them as keyed hashes and masks. " +
        'Record batches may be uncompressed or compressed with gzip, snappy, lz4 or zstd (any compression.type of the standard Java producer). ' +
        `At the boundary: NUL characters and lone UTF-16 surrogates are removed from every text (the event is flagged text_cleaned); revision is 1 to ${INT4_MAX}; every date-time lies in [${EARLIEST_TIMESTAMP}, ${LATEST_TIMESTAMP}); ` +
        'a message that passes the contract and is still refused by the database is set aside alone (store_failed) while the rest of its batch goes on.',
    },
    defaultContentType: 'application/json',
    servers: { local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'the local single-node broker of deploy/local/kafka.sh' } },
    channels,
    operations,
    components: { messages },
  };
}
