// The case contracts, one module per part of a case; this path stays the one the web app and the
// server import.

export * from './cases-family';
export * from './cases-people';
export * from './cases-placements';
export * from './cases-record';
export * from './cases-siblings';
export * from './cases-team';
export * from './cases-work';
