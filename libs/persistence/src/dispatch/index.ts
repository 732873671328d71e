export * from './area-index';
export * from './delivery-store';
export * from './grid-task-reads';
export * from './grid-task-repository';
export * from './task-event-log';
export * from '../transaction';
export * from './dispatch-stats';
export * from './task-read-model';
