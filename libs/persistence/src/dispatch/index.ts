export * from './area-index';
export * from './delivery-store';
export * from './grid-task-store';
export * from './task-event-log';
export * from '../transaction';
export * from './dispatch-stats';
