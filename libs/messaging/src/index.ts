export * from './batch-consumer';
export * from './dead-letter';
export * from './kafka';
export * from './kafka-batch.transport';
export * from './redis';
export * from './chunked-send';
export * from './relay-loop';
export * from './dispatch-queues';
