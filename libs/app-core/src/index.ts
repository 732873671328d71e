export * from './tokens';
export * from './hub-core';
