export * from './access-policy';
export * from './area-code';
