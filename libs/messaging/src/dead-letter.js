"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeadLetterPublisher = void 0;
const contracts_1 = require("../../contracts/src");
/**
 * Sets rejected messages aside on a dead-letter topic with the original key, bytes and headers, plus
 * context headers in the manner of Kafka Connect's DLQ, so upstream teams can read why and operators can redrive.
 */
class DeadLetterPublisher {
    producer;
    consumerName;
    constructor(producer, consumerName) {
        this.producer = producer;
        this.consumerName = consumerName;
    }
    async publish(deadLetterTopic, letters) {
        if (letters.length === 0)
            return;
        const failedAt = new Date().toISOString();
        await this.producer.send({
            topic: deadLetterTopic,
            acks: -1,
            messages: letters.map((l) => ({
                key: l.message.key,
                value: l.message.value,
                headers: {
                    ...l.message.headers,
                    [contracts_1.Header.DeadReason]: l.reason,
                    [contracts_1.Header.DeadMessageZh]: l.messageZh,
                    [contracts_1.Header.DeadMessageEn]: l.messageEn,
                    [contracts_1.Header.DeadDetail]: l.detail.slice(0, 1000),
                    [contracts_1.Header.DeadSourceTopic]: l.message.topic,
                    [contracts_1.Header.DeadSourcePartition]: String(l.message.partition),
                    [contracts_1.Header.DeadSourceOffset]: l.message.offset,
                    [contracts_1.Header.DeadFailedAt]: failedAt,
                    [contracts_1.Header.DeadConsumer]: this.consumerName,
                },
            })),
        });
    }
}
exports.DeadLetterPublisher = DeadLetterPublisher;
//# sourceMappingURL=dead-letter.js.map