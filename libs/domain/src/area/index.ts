export * from './area-level';
