/** The scoring data plane of the emulator: deployments really serve their scoring scripts (see deployment-runner.ts). */
export { createServingRunner, type ServingRunner, type ServingRunnerOptions } from './deployment-runner.js';
export { scoringRoutes } from './scoring-routes.js';
