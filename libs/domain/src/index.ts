export * from './identity/person-identity';
export * from './ingestion/admission';
export * from './ingestion/rejection';
export * from './risk';
export * from './ingestion/plain-record';
export * from './dispatch';
export * from './access';
export * from './statistics';
