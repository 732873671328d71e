export * from './dispute-classifier';
export * from './risk-assessor';
export * from './risk-rules';
export * from './thread-assessment';
export * from './dispute-thread';
export * from './text';
export * from './linear-model';
export * from './backtest';
