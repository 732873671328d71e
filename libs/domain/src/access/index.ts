export * from './access-policy';
export * from './area-code';
export * from './text-identifiers';
