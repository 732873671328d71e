"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KafkaBatchTransport = void 0;
const microservices_1 = require("@nestjs/microservices");
const rxjs_1 = require("rxjs");
const batch_consumer_1 = require("./batch-consumer");
/**
 * A NestJS microservice transport that hands whole partition batches to `@EventPattern(topic)`
 * handlers and commits only after the handler resolved. Nest's built-in Kafka transport consumes one
 * message at a time and commits on its own schedule, which gives neither the throughput nor the
 * commit-after-durable-effect guarantee the feeds need.
 */
class KafkaBatchTransport extends microservices_1.Server {
    kafka;
    options;
    consumer;
    constructor(kafka, options) {
        super();
        this.kafka = kafka;
        this.options = options;
    }
    async listen(callback) {
        for (const topic of this.options.topics) {
            if (!this.getHandlerByPattern(topic)) {
                callback(new Error(`no @EventPattern handler for topic ${topic}`));
                return;
            }
        }
        try {
            this.consumer = new batch_consumer_1.KafkaBatchConsumer(this.kafka, this.options, (batch) => this.dispatch(batch));
            await this.consumer.start();
            callback();
        }
        catch (e) {
            callback(e);
        }
    }
    async dispatch(batch) {
        const handler = this.getHandlerByPattern(batch.baseTopic);
        const result = await handler(batch);
        await (0, rxjs_1.lastValueFrom)(this.transformToObservable(result), { defaultValue: undefined });
    }
    async close() {
        await this.consumer?.stop();
    }
    on() {
        throw new Error('KafkaBatchTransport does not emit events');
    }
    unwrap() {
        return this.kafka;
    }
}
exports.KafkaBatchTransport = KafkaBatchTransport;
//# sourceMappingURL=kafka-batch.transport.js.map