// The evaluation harness: the labelled sets, the engine scored beside a keyword baseline, and the report
// `npm run eval` prints. Offline: reads the committed sets, needs no service.
export * from './eval-sets';
export * from './evaluate';
export * from './keyword-baseline';
export * from './scores';
