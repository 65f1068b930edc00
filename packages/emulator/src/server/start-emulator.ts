/**
 * startEmulator(): the whole emulator in this process (HTTPS listener with the ARM, identity and admin routes) plus
 * Azurite as a child process; resolves when everything is ready, with the ready-line info.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureContainer } from '../azurite/shared-key.js';
import { startAzurite, type AzuriteProcess, type BlobDataRoles } from '../azurite/azurite-process.js';
import type { EmulatorConfig, EmulatorConfigInput } from '../config.js';
import { createFaultRegistry, type FaultRegistry } from '../faults/fault-registry.js';
import type { FaultRuleInput } from '../faults/fault-rule.js';
import { createRequestLog, type RequestLog } from '../faults/request-log.js';
import type { EmulatorContext } from '../http-types.js';
import {
  createStateStore,
  loadState,
  snapshot,
  type PersistedState,
  type StateStore,
} from '../state/persistence.js';
import { resolveConfig } from '../state/resolve-config.js';
import type { EmulatorState } from '../state/types.js';
import { loadOrCreateCertificate, type TlsMaterial } from '../tls/certificate.js';
import { listenHttps, type HttpsListener } from './https-listener.js';
import type { ReadyInfo } from './ready-info.js';

export interface StartEmulatorOptions {
  /** HTTPS port on 127.0.0.1; default: the port of the last run in stateDir if free, else any free port. */
  port?: number;
  /** Folder that keeps everything (state.json, tls/, azurite/) across restarts; default: in memory, nothing kept. */
  stateDir?: string;
  /** The configuration, or the path of a JSON/YAML config file (which may also hold fault rules). */
  config?: EmulatorConfigInput | string;
  provisioningDelayMs?: number;
  tokenLifetimeSeconds?: number;
  retryAfterSeconds?: number;
  /** Fault rules active from the start. */
  faults?: FaultRuleInput[];
  /** Diagnostics (default: silent). The CLI writes them to stderr. */
  log?: (message: string) => void;
  /** Clock, replaceable in tests. */
  now?: () => Date;
  /**
   * Run online deployments for real (default true): code and model downloaded, the scoring script served on the
   * scoringUri. With false, provisioning only takes the configured delay and nothing is served.
   */
  serving?: boolean;
}

export interface RunningEmulator {
  /** The ready line. */
  info: ReadyInfo;
  state: EmulatorState;
  faults: FaultRegistry;
  requestLog: RequestLog;
  /** The certificate (PEM) clients in this process must trust (tlsOptions.ca / https ca). */
  ca: string;
  /** Stops the listener, saves the state (with stateDir), stops Azurite. Idempotent. */
  stop(): Promise<void>;
}

type Cleanup = () => Promise<void>;

export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const log = options.log ?? ((): void => undefined);
  const now = options.now ?? ((): Date => new Date());
  const stateDir = options.stateDir === undefined ? undefined : resolve(options.stateDir);
  const saved = stateDir === undefined ? undefined : await loadState(stateDir);
  const { input, faultRules } = await configInput(options);
  const config = resolveConfig(input, saved?.config);

  const cleanups: Cleanup[] = [];
  const cleanUp = async (): Promise<void> => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  };
  try {
    const workDir = stateDir ?? (await mkdtemp(join(tmpdir(), 'azureml-emulator-')));
    if (stateDir === undefined) cleanups.push(() => rm(workDir, { recursive: true, force: true }));
    const tls = await loadOrCreateCertificate(join(workDir, 'tls'), log);
    const started = performance.now();
    const elapsed = (): string => `${Math.round(performance.now() - started)} ms`;
    const starting = startServices(options, config, tls, saved, stateDir, log).then((services) => {
      log(`azureml-emulator: HTTPS listener and Azurite up after ${elapsed()}.`);
      return services;
    });
    // While Azurite boots in its own process: load the feature modules and create the initial state (the key
    // generation runs on the thread pool).
    const prepared = await settle(
      import('./feature-modules.js').then(async (features) => ({
        features,
        arm: saved?.arm ?? features.createArmState(config),
        identity: saved?.identity ?? (await features.createIdentityState(config)),
      })),
    );
    log(`azureml-emulator: modules loaded and state ready after ${elapsed()}.`);
    const [listener, azurite] = await starting;
    let store: StateStore | undefined;
    // Cleanups run in reverse: what features register later (runners) stop first, then the listener closes, the
    // state is saved for the last time, Azurite stops and the temp folder goes.
    cleanups.push(
      () => azurite.stop(),
      async () => store?.close(),
      () => listener.close(),
    );
    if (!prepared.ok) throw prepared.error;
    const { features } = prepared.value;

    const faults = createFaultRegistry();
    for (const rule of faultRules) faults.add(rule);
    const requestLog = createRequestLog();
    const state: EmulatorState = {
      config,
      arm: prepared.value.arm,
      identity: prepared.value.identity,
      markDirty: () => store?.markDirty(),
    };
    const ctx: EmulatorContext = {
      state,
      baseUrl: `https://127.0.0.1:${listener.port}`,
      now,
      faults,
      blobEndpoint: azurite.endpoint,
    };
    const info = features.buildReadyInfo(ctx, azurite.endpoint, tls.certFile, stateDir);
    const jobRunner = features.createJobRunner({ workDir, ca: tls.cert, log });
    cleanups.push(() => jobRunner.stop());
    const servingRunner =
      options.serving === false ? undefined : features.createServingRunner({ workDir, ca: tls.cert, log });
    if (servingRunner !== undefined) cleanups.push(() => servingRunner.stopAll());
    const router = features.createRouter([
      ...features.armRoutes(
        servingRunner === undefined ? { jobRunner } : { jobRunner, deploymentRunner: servingRunner },
      ),
      ...(servingRunner === undefined ? [] : features.scoringRoutes(servingRunner)),
      ...jobRunner.routes(),
      ...features.identityRoutes(),
      ...features.adminRoutes({ faults, requestLog, info: () => info }),
    ]);
    const auth = {
      authenticateArm: features.authenticateArm,
      authorizeWorkspace: features.authorizeWorkspace,
    };
    listener.server.on(
      'request',
      features.createRequestHandler({ router, auth, faults, requestLog, ctx, log }),
    );
    if (stateDir !== undefined) {
      const ports = { https: listener.port, blob: azurite.port };
      const persistent = createStateStore(stateDir, (): PersistedState => snapshot(state, ports, now()), log);
      store = persistent;
      await persistent.flush();
    }
    await Promise.all(
      config.workspaces.map((ws) =>
        ensureContainer(
          { endpoint: azurite.endpoint, account: ws.storageAccount, key: ws.storageAccountKey, ca: tls.cert },
          ws.defaultContainer,
        ),
      ),
    );
    // After a restart with --state-dir, provisioned deployments serve again and unfinished jobs start again.
    servingRunner?.resume(ctx);
    jobRunner.resume(ctx);
    let stopping: Promise<void> | undefined;
    return {
      info,
      state,
      faults,
      requestLog,
      ca: tls.cert,
      stop: () => (stopping ??= cleanUp()),
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Waits for a promise without throwing, so the caller can stop what it started before reporting the failure. */
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

async function configInput(
  options: StartEmulatorOptions,
): Promise<{ input: EmulatorConfigInput; faultRules: FaultRuleInput[] }> {
  const file =
    typeof options.config === 'string'
      ? await (await import('../state/config-file.js')).loadConfigFile(options.config)
      : undefined;
  const input: EmulatorConfigInput = {
    ...(file?.config ?? (options.config as EmulatorConfigInput | undefined)),
  };
  if (options.provisioningDelayMs !== undefined) input.provisioningDelayMs = options.provisioningDelayMs;
  if (options.tokenLifetimeSeconds !== undefined) input.tokenLifetimeSeconds = options.tokenLifetimeSeconds;
  if (options.retryAfterSeconds !== undefined) input.retryAfterSeconds = options.retryAfterSeconds;
  return { input, faultRules: [...(file?.faults ?? []), ...(options.faults ?? [])] };
}

/**
 * Each workspace role also holds the matching data role on the workspace's storage account, as a CD setup assigns
 * them: reader → Storage Blob Data Reader, writer → Storage Blob Data Contributor.
 */
function blobDataRoles(config: EmulatorConfig): BlobDataRoles {
  return Object.fromEntries(
    config.workspaces.map((ws) => [
      ws.storageAccount,
      Object.fromEntries(
        config.identities.flatMap((identity) => {
          const role = identity.roles[ws.name];
          return role === undefined ? [] : [[identity.objectId, role]];
        }),
      ),
    ]),
  );
}

/**
 * Starts the HTTPS listener and Azurite side by side (Azurite's start-up dominates). Ports of the last run are reused
 * when free. When one fails, the other is stopped.
 */
async function startServices(
  options: StartEmulatorOptions,
  config: EmulatorConfig,
  tls: TlsMaterial,
  saved: PersistedState | undefined,
  stateDir: string | undefined,
  log: (message: string) => void,
): Promise<[HttpsListener, AzuriteProcess]> {
  const listening = listenHttps(tls, options.port ?? saved?.ports.https ?? 0, options.port === undefined);
  const azuriteOptions = {
    certFile: tls.certFile,
    keyFile: tls.keyFile,
    accounts: config.workspaces.map((ws) => ({ name: ws.storageAccount, key: ws.storageAccountKey })),
    blobRoles: blobDataRoles(config),
    ...(stateDir === undefined ? {} : { location: join(stateDir, 'azurite') }),
    log,
  };
  const savedBlobPort = saved?.ports.blob ?? 0;
  const azuriteStarted = startAzurite({ ...azuriteOptions, port: savedBlobPort }).catch((error: unknown) => {
    if (savedBlobPort === 0) throw error;
    log(`azureml-emulator: Azurite could not reuse port ${savedBlobPort}; using a free port.`);
    return startAzurite({ ...azuriteOptions, port: 0 });
  });
  const [listener, azurite] = await Promise.allSettled([listening, azuriteStarted]);
  if (listener.status === 'fulfilled' && azurite.status === 'fulfilled')
    return [listener.value, azurite.value];
  if (listener.status === 'fulfilled') await listener.value.close();
  if (azurite.status === 'fulfilled') await azurite.value.stop();
  throw listener.status === 'rejected' ? listener.reason : (azurite as PromiseRejectedResult).reason;
}
