export * from './delivery-message';
export * from './escalation-policy';
export * from './routing';
export * from './task-lifecycle';
export * from './grid-task';
