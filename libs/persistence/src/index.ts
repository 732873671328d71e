export * from './database';
export * from './division-directory';
export * from './event-store';
