// Synthetic data and stand-ins for demos, tests and benchmarks: the city's areas, generated feeds, a
// terminal/SMS gateway stand-in, and the operators' replay and redrive of upstream messages.
export * from './area-seed';
export * from './redrive';
export * from './replay';
export * from './terminal-gateway';
export * from './synthetic/feed-generator';
export * from './synthetic/people';
export * from './synthetic/random';
