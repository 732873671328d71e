"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createKafka = createKafka;
exports.ensureTopics = ensureTopics;
exports.deleteTopicsWithSuffix = deleteTopicsWithSuffix;
exports.pingKafka = pingKafka;
const kafkajs_1 = require("kafkajs");
const contracts_1 = require("../../contracts/src");
/**
 * The one place a kafkajs client is made. kafkajs 2.2.4 is its last release: keeping it behind this
 * module leaves one place to swap it.
 */
function createKafka(settings, log) {
    return new kafkajs_1.Kafka({
        clientId: settings.clientId,
        brokers: settings.brokers,
        connectionTimeout: 3_000,
        requestTimeout: 30_000,
        retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 10_000 },
        logLevel: kafkajs_1.logLevel.WARN,
        logCreator: () => ({ level, log: entry }) => {
            const { message, ...extra } = entry;
            const lvl = level === kafkajs_1.logLevel.ERROR ? 'error' : level === kafkajs_1.logLevel.WARN ? 'warn' : level === kafkajs_1.logLevel.INFO ? 'info' : 'debug';
            if (log)
                log(lvl, `kafkajs: ${message}`, extra);
        },
    });
}
function topicConfig(spec, suffix) {
    return {
        topic: (0, contracts_1.topicName)(spec.topic, suffix),
        numPartitions: spec.partitions,
        replicationFactor: 1,
        configEntries: [
            { name: 'retention.ms', value: String(spec.retentionMs) },
            { name: 'max.message.bytes', value: String(spec.maxMessageBytes) },
        ],
    };
}
/** Creates every declared topic that does not exist yet; returns the names it created. */
async function ensureTopics(kafka, suffix, specs = contracts_1.TOPIC_SPECS) {
    const admin = kafka.admin();
    await admin.connect();
    try {
        const existing = new Set(await admin.listTopics());
        const missing = specs.filter((s) => !existing.has((0, contracts_1.topicName)(s.topic, suffix)));
        if (missing.length === 0)
            return [];
        await admin.createTopics({ topics: missing.map((s) => topicConfig(s, suffix)), waitForLeaders: true });
        return missing.map((s) => (0, contracts_1.topicName)(s.topic, suffix));
    }
    finally {
        await admin.disconnect();
    }
}
async function deleteTopicsWithSuffix(kafka, suffix) {
    if (!suffix)
        throw new Error('refusing to delete unsuffixed topics');
    const admin = kafka.admin();
    await admin.connect();
    try {
        const names = (await admin.listTopics()).filter((t) => t.endsWith(`.${suffix}`));
        if (names.length)
            await admin.deleteTopics({ topics: names });
    }
    finally {
        await admin.disconnect();
    }
}
async function pingKafka(kafka) {
    const admin = kafka.admin();
    await admin.connect();
    try {
        const cluster = await admin.describeCluster();
        return { brokers: cluster.brokers.length };
    }
    finally {
        await admin.disconnect();
    }
}
//# sourceMappingURL=kafka.js.map