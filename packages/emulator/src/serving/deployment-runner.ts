/**
 * The emulator's DeploymentRunner: each online deployment's create/update/scale downloads its code and model
 * (StorageInitializer), starts its instances (python processes running init()), and reports Succeeded, or Failed
 * with the traceback in the InferenceServer log. A newer provisioning replaces the running instances once it is up;
 * deleting a deployment or its endpoint, or stopping the emulator, ends its processes.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import {
  reportProvisioning,
  type DeploymentRunner,
  type ProvisioningOutcome,
} from '../arm/deployment-runner.js';
import type { ContainerLogs, JsonObject, StoredResource } from '../arm/arm-state.js';
import { isObject } from '../arm/request-checks.js';
import { findWorkspace } from '../arm/resource-ids.js';
import type { WorkspaceConfig } from '../config.js';
import type { EmulatorContext } from '../http-types.js';
import { datastoreContainer } from '../jobs/job-blobs.js';
import { probeMachine, type MachineTools } from '../jobs/job-process.js';
import { text } from '../jobs/json-text.js';
import { createContainerLog, type ContainerLog } from './container-log.js';
import { createDataCollector } from './data-collector.js';
import { AssetError, downloadDeploymentFiles } from './deployment-assets.js';
import { environmentNotes, instanceEnv } from './deployment-environment.js';
import { createDeploymentServer, type DeploymentServer } from './deployment-server.js';
import { collectorSettings, servingSettings } from './deployment-settings.js';
import { InitFailure } from './python-worker.js';

export interface ServingRunnerOptions {
  /** Deployments' files go to `<workDir>/deployments/<workspace>/<endpoint>/<deployment>/<generation>/`. */
  workDir: string;
  /** Azurite's certificate (PEM). */
  ca: string;
  log?: (message: string) => void;
  /** Rows collected within this interval share a line (default 1000 ms). */
  collectorFlushMs?: number;
}

export interface ServingRunner extends DeploymentRunner {
  /** The serving instances of a provisioned deployment (by ARM id), if it runs. */
  server(deploymentId: string): DeploymentServer | undefined;
  /** After a restart with --state-dir: brings every provisioned (or provisioning) deployment up again. */
  resume(ctx: EmulatorContext): void;
  /** Ends every deployment's processes (the emulator is stopping). */
  stopAll(): Promise<void>;
}

interface Running {
  server?: DeploymentServer;
  /** Bumped by each provisioning and by stop: a stale provisioning must not take over. */
  generation: number;
  storage: ContainerLog;
  inference: ContainerLog;
  provisioning?: Promise<void>;
  controller?: AbortController;
  /** Folder of the serving generation's code and model. */
  dir?: string;
}

const DEPLOYMENT_ID = /\/workspaces\/([^/]+)\/onlineEndpoints\/([^/]+)\/deployments\/([^/]+)$/i;
const NOT_READY =
  'User container has crashed or terminated. Please see troubleshooting guide, available here: ' +
  'https://aka.ms/oe-tsg#error-resourcenotready';

export function createServingRunner(options: ServingRunnerOptions): ServingRunner {
  const report = options.log ?? ((): void => undefined);
  const running = new Map<string, Running>();
  let tools: Promise<MachineTools> | undefined;

  const entryOf = (id: string, ctx: EmulatorContext): Running => {
    const key = id.toLowerCase();
    let entry = running.get(key);
    if (entry === undefined) {
      entry = { generation: 0, storage: createContainerLog(ctx.now), inference: createContainerLog(ctx.now) };
      running.set(key, entry);
    }
    return entry;
  };

  async function provisionOnce(
    id: string,
    ctx: EmulatorContext,
    entry: Running,
    generation: number,
  ): Promise<void> {
    const match = DEPLOYMENT_ID.exec(id);
    const workspace = findWorkspace(ctx.state.config, match?.[1] ?? '');
    const resource = ctx.state.arm.resources[id.toLowerCase()];
    if (match === null || workspace === undefined || resource?.kind !== 'onlineDeployment') return;
    const storage = createContainerLog(ctx.now);
    const inference = createContainerLog(ctx.now);
    const controller = new AbortController();
    entry.controller = controller;
    const [, , endpointName = '', deploymentName = ''] = match;
    const dir = path.join(
      options.workDir,
      'deployments',
      workspace.name,
      endpointName,
      deploymentName,
      String(generation),
    );
    const outcome = await start(ctx, resource, workspace, {
      dir,
      storage,
      inference,
      signal: controller.signal,
    }).catch((error: unknown): Started => {
      const message = error instanceof AssetError ? error.message : String((error as Error).stack ?? error);
      storage.note(`ERROR ${message}`);
      return { ok: false, message: error instanceof AssetError ? message : NOT_READY };
    });
    if (entry.generation !== generation) {
      if (outcome.ok) await outcome.server.stop();
      await rm(dir, { recursive: true, force: true });
      return;
    }
    const logs: ContainerLogs = { storageInitializer: storage.text(), inferenceServer: inference.text() };
    entry.storage = storage;
    entry.inference = inference;
    let result: ProvisioningOutcome;
    if (outcome.ok) {
      const previous = { server: entry.server, dir: entry.dir };
      entry.server = outcome.server;
      entry.dir = dir;
      await previous.server?.stop();
      if (previous.dir !== undefined) await rm(previous.dir, { recursive: true, force: true });
      result = { ok: true, logs };
    } else {
      await rm(dir, { recursive: true, force: true });
      result = { ok: false, code: 'ResourceNotReady', message: outcome.message, logs };
    }
    if (reportProvisioning(ctx.state.arm, id, result)) ctx.state.markDirty();
  }

  type Started = { ok: true; server: DeploymentServer } | { ok: false; message: string };

  async function start(
    ctx: EmulatorContext,
    resource: StoredResource,
    workspace: WorkspaceConfig,
    io: { dir: string; storage: ContainerLog; inference: ContainerLog; signal: AbortSignal },
  ): Promise<Started> {
    const properties = resource.body.properties as JsonObject;
    const files = await downloadDeploymentFiles(properties, io.dir, {
      ctx,
      workspace,
      ca: options.ca,
      log: io.storage,
      signal: io.signal,
    });
    tools ??= probeMachine();
    const machine = await tools;
    for (const note of environmentNotes(ctx, properties, machine.python)) io.inference.note(note);
    const code = isObject(properties.codeConfiguration) ? properties.codeConfiguration : {};
    const entryScript = text(code.scoringScript);
    if (files.appRoot === undefined || entryScript === '') {
      const message =
        files.modelType?.toLowerCase().includes('mlflow') === true
          ? 'MLflow models without a scoring script (no-code deployment) need the MLflow scoring server, which ' +
            'the emulator does not run. Add code_configuration with a scoring script that loads the model from ' +
            'AZUREML_MODEL_DIR.'
          : 'The deployment has no code_configuration (code and scoring_script): custom models need a scoring script.';
      io.inference.note(`ERROR ${message}`);
      return { ok: false, message };
    }
    if (machine.python === undefined) {
      const message = 'python3 is not installed on this machine: the scoring script cannot run.';
      io.inference.note(`ERROR ${message}`);
      return { ok: false, message };
    }
    const settings = servingSettings(resource);
    const collection = collectorSettings(resource);
    const server = createDeploymentServer({
      name: String(resource.body.name),
      settings,
      log: io.inference,
      worker: {
        python: 'python3',
        appRoot: files.appRoot,
        entryScript,
        env: instanceEnv({
          properties,
          appRoot: files.appRoot,
          entryScript,
          modelDir: files.modelDir,
          collections: Object.keys(collection?.rates ?? {}),
        }),
        log: io.inference,
      },
      ...(collection === undefined
        ? {}
        : {
            collections: {
              rates: collection.rates,
              collector: collectorFor(ctx, resource, workspace, collection, io.inference),
            },
          }),
      fault: () => {
        const match = DEPLOYMENT_ID.exec(resource.id);
        return ctx.faults.scoringFault?.({ endpoint: match?.[2] ?? '', deployment: match?.[3] ?? '' });
      },
    });
    io.inference.note(
      `INFO Starting ${settings.instances} instance(s) × ${settings.workersPerInstance} worker(s); request timeout ` +
        `${settings.requestTimeoutMs} ms, max_concurrent_requests_per_instance ${settings.maxConcurrentRequestsPerInstance}`,
    );
    try {
      await server.start();
    } catch (error) {
      await server.stop();
      if (!(error instanceof InitFailure)) throw error;
      if (error.missing !== undefined) {
        io.inference.note(
          `ERROR The scoring script needs the Python module '${error.missing}', which is not installed on this ` +
            "machine (the environment's image and conda file are not used here).",
        );
      }
      return {
        ok: false,
        message: `${NOT_READY} Init failed: ${error.message}${error.missing === undefined ? '' : ` (module '${error.missing}' is missing)`}.`,
      };
    }
    io.inference.note('INFO All instances are ready: listening for scoring requests');
    return { ok: true, server };
  }

  function collectorFor(
    ctx: EmulatorContext,
    resource: StoredResource,
    workspace: WorkspaceConfig,
    settings: NonNullable<ReturnType<typeof collectorSettings>>,
    log: ContainerLog,
  ) {
    const match = DEPLOYMENT_ID.exec(resource.id);
    for (const name of settings.withDataId) {
      log.note(
        `WARNING Collection '${name}' names a data asset (dataId); the emulator keeps no data assets, so it writes ` +
          'to the default path in workspaceblobstore.',
      );
    }
    return createDataCollector({
      container: datastoreContainer(ctx, workspace, 'workspaceblobstore', options.ca),
      endpoint: match?.[2] ?? '',
      deployment: match?.[3] ?? '',
      source: resource.id,
      rollingRate: settings.rollingRate,
      ...(options.collectorFlushMs === undefined ? {} : { flushMs: options.collectorFlushMs }),
      report,
    });
  }

  function provision(id: string, ctx: EmulatorContext): void {
    const entry = entryOf(id, ctx);
    entry.controller?.abort();
    entry.generation += 1;
    const generation = entry.generation;
    const previous = entry.provisioning ?? Promise.resolve();
    entry.provisioning = previous
      .then(() => provisionOnce(id, ctx, entry, generation))
      .catch((error: unknown) => {
        report(`azureml-emulator: provisioning ${id} failed: ${(error as Error).stack ?? String(error)}`);
      });
  }

  async function stopMatching(resourceId: string | undefined): Promise<void> {
    const prefix = resourceId?.toLowerCase();
    const stopping: Promise<void>[] = [];
    for (const [key, entry] of running) {
      if (prefix !== undefined && key !== prefix && !key.startsWith(`${prefix}/`)) continue;
      entry.generation += 1;
      entry.controller?.abort();
      const { server, dir } = entry;
      delete entry.server;
      delete entry.dir;
      stopping.push(
        (async () => {
          await entry.provisioning;
          await server?.stop();
          if (dir !== undefined) await rm(dir, { recursive: true, force: true });
        })(),
      );
      if (prefix !== undefined) running.delete(key);
    }
    await Promise.all(stopping);
  }

  return {
    provision,
    stop(resourceId) {
      void stopMatching(resourceId);
    },
    stopAll: () => stopMatching(undefined),
    logs(deploymentId) {
      const entry = running.get(deploymentId.toLowerCase());
      if (entry === undefined) return undefined;
      return { storageInitializer: entry.storage.text(), inferenceServer: entry.inference.text() };
    },
    server(deploymentId) {
      return running.get(deploymentId.toLowerCase())?.server;
    },
    resume(ctx) {
      for (const resource of Object.values(ctx.state.arm.resources)) {
        if (resource.kind !== 'onlineDeployment') continue;
        const state = String((resource.body.properties as JsonObject).provisioningState);
        if (['Succeeded', 'Creating', 'Updating', 'Scaling'].includes(state)) provision(resource.id, ctx);
      }
    },
  };
}
