"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KafkaBatchConsumer = void 0;
exports.headerString = headerString;
const contracts_1 = require("../../contracts/src");
/**
 * At-least-once consumption with manual commits: the offset after a batch is committed only after the
 * handler resolved, that is after its effect is durable. A handler that throws (a transient failure:
 * database or broker down) leaves the offset where it was, and kafkajs retries the batch with backoff.
 * Permanent failures never throw: handlers dead-letter them and go on, so a poison message cannot stall a partition.
 */
class KafkaBatchConsumer {
    kafka;
    options;
    handler;
    consumer;
    byName = new Map();
    constructor(kafka, options, handler) {
        this.kafka = kafka;
        this.options = options;
        this.handler = handler;
        for (const t of options.topics)
            this.byName.set((0, contracts_1.topicName)(t, options.topicSuffix), t);
    }
    async start() {
        const o = this.options;
        const consumer = this.kafka.consumer({
            groupId: o.groupId,
            sessionTimeout: o.sessionTimeout ?? 30_000,
            heartbeatInterval: o.heartbeatInterval ?? 3_000,
            maxBytesPerPartition: o.maxBytesPerPartition ?? 2 * 1024 * 1024,
            maxWaitTimeInMs: 100,
            retry: { initialRetryTime: 300, retries: Number.MAX_SAFE_INTEGER, maxRetryTime: 15_000 },
        });
        this.consumer = consumer;
        await consumer.connect();
        await consumer.subscribe({ topics: [...this.byName.keys()], fromBeginning: o.fromBeginning ?? true });
        await consumer.run({
            autoCommit: false,
            eachBatchAutoResolve: false,
            partitionsConsumedConcurrently: o.partitionsConsumedConcurrently ?? 1,
            eachBatch: (payload) => this.onBatch(payload),
        });
    }
    async onBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }) {
        if (!isRunning() || isStale() || batch.messages.length === 0)
            return;
        const baseTopic = this.byName.get(batch.topic);
        if (!baseTopic)
            throw new Error(`no handler registered for topic ${batch.topic}`);
        await this.handler({
            baseTopic,
            topic: batch.topic,
            partition: batch.partition,
            messages: batch.messages.map((m) => ({
                topic: batch.topic,
                partition: batch.partition,
                offset: m.offset,
                key: m.key,
                value: m.value,
                headers: m.headers ?? {},
                timestamp: m.timestamp,
            })),
        });
        const last = batch.messages[batch.messages.length - 1].offset;
        resolveOffset(last);
        await this.consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() }]);
        await heartbeat();
    }
    /** Stops fetching, lets the batch in hand finish and commit, then leaves the group. */
    async stop() {
        if (!this.consumer)
            return;
        await this.consumer.disconnect();
        this.consumer = undefined;
    }
}
exports.KafkaBatchConsumer = KafkaBatchConsumer;
function headerString(headers, name) {
    const v = headers[name];
    if (v === undefined)
        return undefined;
    const first = Array.isArray(v) ? v[0] : v;
    return first === undefined ? undefined : first.toString();
}
//# sourceMappingURL=batch-consumer.js.map