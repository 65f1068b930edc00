/** Identity and access of the emulator: Entra authority, GitHub OIDC issuer, ARM token checks and role checks. */
export { createIdentityState } from './identity-state.js';
export type { GithubJob, IdentityState } from './identity-state.js';
export { identityRoutes } from './identity-routes.js';
export { authenticateArm, authorizeWorkspace, armPermission } from './arm-auth.js';
export type { ArmPermission } from './arm-auth.js';
export { identityEnv } from './identity-env.js';
export { verifyMlToken } from './scoring-auth.js';
export { issueAccessToken, verifyAccessToken } from './access-token.js';
export type { ClientAuthMethod, IssuedToken, TokenCheck, TokenFailure } from './access-token.js';
export {
  ML_AUDIENCE,
  TOKEN_EXCHANGE_AUDIENCE,
  armAudiences,
  authorityIssuer,
  authorityUrl,
  federatedSubject,
  githubIssuer,
} from './identity-urls.js';
