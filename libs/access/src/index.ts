export * from './access.decorators';
export * from './access.guard';
export * from './oidc-client';
export * from './route-access-check';
export * from './token-verifier';
