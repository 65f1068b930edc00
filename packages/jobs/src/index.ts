export * from './job-spec.js';
export * from './submit-job.js';
export * from './job-log.js';
export * from './job-watch.js';
export * from './job-results.js';
export * from './jobs-api.js';
