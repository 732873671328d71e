export * from './common';
export * from './feeds';
export * from './headers';
export * from './internal/normalized-event.v1';
export * from './jobs/queues';
export * from './topics';
export * from './asyncapi';
export * from './analysis/plain-record';
