/**
 * ARM resource state. Owned by arm/. Everything here is plain JSON so the platform can persist it as it is;
 * long-running operations are records with a completion time, settled lazily on the next request (no timers).
 */
import { randomBytes } from 'node:crypto';
import type { EmulatorConfig } from '../config.js';
import type { ProvisioningOutcome } from './deployment-runner.js';
import { ensureDefaultDatastore } from './default-datastore.js';

export type JsonObject = Record<string, unknown>;

export type ResourceKind =
  | 'datastore'
  | 'modelContainer'
  | 'modelVersion'
  | 'codeContainer'
  | 'codeVersion'
  | 'environmentContainer'
  | 'environmentVersion'
  | 'dataContainer'
  | 'dataVersion'
  | 'onlineEndpoint'
  | 'onlineDeployment'
  | 'job'
  | 'schedule';

export interface ContainerLogs {
  inferenceServer: string;
  storageInitializer: string;
}

export interface StoredResource {
  kind: ResourceKind;
  /** ARM id, with the casing of the request that created it. */
  id: string;
  /** Lower-cased ARM id of the parent (workspace, asset container or endpoint). */
  parentId: string;
  /** The resource as GET returns it at the newest api-version (older versions drop fields on the way out). */
  body: JsonObject;
  /** Creation order, for stable listing. */
  seq: number;
  /** Values never returned by GET: endpoint keys, datastore credentials' secrets. */
  secrets?: Record<string, string>;
  /** Container logs of an online deployment (getLogs). */
  logs?: ContainerLogs;
  /** Id of the long-running operation in progress on this resource. */
  activeOperation?: string;
}

export type OperationAction = 'create' | 'update' | 'patch' | 'delete' | 'regenerateKeys' | 'cancel';
export type OperationStatus = 'InProgress' | 'Succeeded' | 'Failed';

export interface ArmOperation {
  id: string;
  /** Spec operation id that started it, e.g. OnlineEndpoints_CreateOrUpdate (what fault rules match). */
  operationId: string;
  action: OperationAction;
  resourceId: string;
  workspaceName: string;
  apiVersion: string;
  startedAt: string;
  completesAt: string;
  endedAt?: string;
  status: OperationStatus;
  error?: { code: string; message: string };
  /** Values applied when the operation succeeds (regenerated keys). */
  pending?: Record<string, string>;
  /** A deployment's create/update waits for the deployment runner's report (see deployment-runner.ts). */
  awaitsRunner?: boolean;
  /** The deployment runner's report: instances up, or why they failed, with the container logs. */
  provisioned?: ProvisioningOutcome;
}

export interface ArmState {
  /** Resources keyed by lower-cased ARM id. */
  resources: Record<string, StoredResource>;
  operations: Record<string, ArmOperation>;
  /** Last creation sequence number handed out. */
  sequence: number;
  /** HMAC key (base64url) that signs AML tokens for online endpoints. */
  endpointTokenKey: string;
}

/** The state of a fresh emulator: each configured workspace with its default `workspaceblobstore` datastore. */
export function createArmState(config: EmulatorConfig): ArmState {
  const state: ArmState = {
    resources: {},
    operations: {},
    sequence: 0,
    endpointTokenKey: randomBytes(32).toString('base64url'),
  };
  const createdAt = new Date().toISOString();
  for (const workspace of config.workspaces) ensureDefaultDatastore(state, config, workspace, createdAt);
  return state;
}
