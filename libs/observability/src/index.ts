export * from './health.module';
export * from './logger';
export * from './metrics';
export * from './hub-app';
export * from './http-hardening';
