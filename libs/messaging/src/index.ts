export * from './batch-consumer';
export * from './dead-letter';
export * from './kafka';
export * from './kafka-batch.transport';
export * from './redis';
export * from './chunked-send';
