export * from './alert-read-model';
export * from './area-read-model';
export * from './event-record';
export * from './scope';
export * from './thread-read-model';
