/**
 * The heavier modules startEmulator needs only once Azurite is booting: it imports them dynamically right after
 * starting Azurite, so loading them (and creating the initial state) overlaps Azurite's start-up.
 */
export { armRoutes, createArmState } from '../arm/index.js';
export {
  authenticateArm,
  authorizeWorkspace,
  createIdentityState,
  identityRoutes,
} from '../identity/index.js';
export { createJobRunner } from '../jobs/index.js';
export { createServingRunner, scoringRoutes } from '../serving/index.js';
export { adminRoutes } from './admin-routes.js';
export { buildReadyInfo } from './ready-info.js';
export { createRequestHandler } from './request-handler.js';
export { createRouter } from './router.js';
