export * from './area-figures';
