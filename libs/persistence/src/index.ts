export * from './assessment-store';
export * from './database';
export * from './division-directory';
export * from './event-store';
export * from './outbox';
export * from './dispatch';
export * from './access-audit';
export * from './transaction';
