export * from './tokens';
export * from './hub-core';
export * from './consumer';
export * from './start-up';
