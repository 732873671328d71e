// Synthetic data and stand-ins for demos, tests and benchmarks: the city's areas, generated feeds, a
// terminal/SMS gateway stand-in, the operators' replay and redrive of upstream messages, and one red call
// traced through the hub.
export * from './area-seed';
export * from './red-case-trace';
export * from './redrive';
export * from './replay';
export * from './terminal-gateway';
export * from './synthetic/feed-generator';
export * from './synthetic/people';
export * from './synthetic/random';
