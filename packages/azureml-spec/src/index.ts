export * from './kinds.js';
export * from './problems.js';
export {
  annotationAt,
  expectKind,
  loadSpecFile,
  parseSpec,
  type ParseOptions,
  type SetOrigin,
  type SpecDocument,
} from './spec-document.js';
export { applySetOverrides, setSpecValue } from './overrides.js';
export * from './pending.js';
export {
  parseReference,
  assetVersionId,
  computeArmId,
  type Reference,
  type WorkspaceScope,
} from './references.js';
export { isoDurationFromMs, isoDurationFromSeconds } from './iso-duration.js';
export { pythonFloat, pythonLiteral } from './python-literal.js';
export { mapModel, MODEL_TYPES, type ModelType } from './model.js';
export { mapEnvironment } from './environment.js';
export { mapCode } from './code.js';
export {
  mapOnlineEndpoint,
  AUTH_MODES,
  type EndpointOptions,
  type MappedEndpoint,
  type OnlineEndpointBody,
} from './online-endpoint.js';
export {
  mapOnlineDeployment,
  type DeploymentOptions,
  type MappedDeployment,
  type OnlineDeploymentBody,
} from './online-deployment.js';
export type { CollectionBody, DataCollectorBody } from './data-collector.js';
export {
  mapCommandJob,
  type CommandJobBody,
  type CommandJobOptions,
  type MappedCommandJob,
} from './command-job.js';
