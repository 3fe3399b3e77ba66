// The family strengthening contracts, one module per part of a family's record; this path stays
// the one the web app and the server import.
export * from './strengthening-assessments';
export * from './strengthening-consents';
export * from './strengthening-enrolments';
export * from './strengthening-households';
export * from './strengthening-plans';
export * from './strengthening-programmes';
export * from './strengthening-services';
