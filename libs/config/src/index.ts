export * from './hub-config';
