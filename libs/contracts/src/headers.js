"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Header = void 0;
/** Kafka header names. Upstream sets the first three; the dead-letter ones follow Kafka Connect's DLQ context headers. */
exports.Header = {
    CorrelationId: 'x-correlation-id',
    SchemaVersion: 'x-schema-version',
    Producer: 'x-producer',
    DeadReason: 'x-dlq-reason',
    DeadMessageZh: 'x-dlq-message-zh',
    DeadMessageEn: 'x-dlq-message-en',
    DeadDetail: 'x-dlq-detail',
    DeadSourceTopic: 'x-dlq-source-topic',
    DeadSourcePartition: 'x-dlq-source-partition',
    DeadSourceOffset: 'x-dlq-source-offset',
    DeadFailedAt: 'x-dlq-failed-at',
    DeadConsumer: 'x-dlq-consumer',
    Redriven: 'x-redriven-from-dlq',
};
//# sourceMappingURL=headers.js.map