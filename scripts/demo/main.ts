/**
 * `npm run demo`: the model repository's workflows (workflows-examples/model-repo, ml-cd.yml and ml-monitor.yml)
 * around the whole loop: training, release to staging and, after the approval, to production, drift in the collected
 * production data, retraining, and the release of the new version; run against the local emulator with the bundled
 * actions from dist/, as the GitHub runner runs them. No Azure account. Exit code 0 when every stage passed, 1 when
 * one failed, 2 for bad flags, 130 when interrupted; the emulator is always stopped. Runner files (job summaries,
 * outputs, the drift report), the retraining data and the emulator's state stay in the run folder (default
 * .emulator-state/demo/, emptied at start).
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  parseFaultFlag,
  startEmulator,
  type FaultRuleInput,
  type ReadyInfo,
  type RunningEmulator,
} from '@aml-actions/emulator';
import { lifecycleStages } from './lifecycle.js';
import { createNarrator, type StageRecord } from './narrative.js';
import { StageFailure } from './steps.js';

const USAGE = `Usage: npm run demo -- [--run-dir DIR] [--fault RULE]... [--emulator-log]
  --run-dir DIR    where the runner files, the retraining data and the emulator state go (default .emulator-state/demo)
  --fault RULE     an emulator fault rule (see packages/emulator/README.md), e.g.
                   kind=lro-failure,operationId=OnlineDeployments_CreateOrUpdate
  --emulator-log   the emulator's own diagnostics on stderr`;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const narrator = createNarrator(
  (text) => process.stdout.write(text),
  process.stdout.isTTY && process.env.NO_COLOR === undefined,
);
const abort = new AbortController();
let emulator: RunningEmulator | undefined;

interface DemoOptions {
  runDir: string;
  faults: FaultRuleInput[];
  emulatorLog: boolean;
}

/** The options, or undefined after printing what is wrong (or the help). */
function readOptions(argv: string[]): DemoOptions | undefined {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        'run-dir': { type: 'string' },
        fault: { type: 'string', multiple: true },
        'emulator-log': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help === true) {
      process.stdout.write(`${USAGE}\n`);
      return undefined;
    }
    return {
      runDir: path.resolve(values['run-dir'] ?? path.join(repoRoot, '.emulator-state', 'demo')),
      faults: (values.fault ?? []).map(parseFaultFlag),
      emulatorLog: values['emulator-log'] === true,
    };
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exitCode = 2;
    return undefined;
  }
}

async function main(options: DemoOptions): Promise<number> {
  const started = performance.now();
  const { runDir } = options;
  await resetRunDir(runDir);
  narrator.stage(
    '0',
    'Start the local Azure ML emulator',
    'ARM, Entra ID, GitHub OIDC, Azurite blob storage, scoring',
  );
  emulator = await startEmulator({
    stateDir: path.join(runDir, 'emulator'),
    provisioningDelayMs: 500,
    retryAfterSeconds: 1,
    faults: options.faults,
    ...(options.emulatorLog ? { log: (line: string) => process.stderr.write(`${line}\n`) } : {}),
  });
  describeEmulator(emulator.info, options);

  const stages = lifecycleStages({
    emulator: { info: emulator.info, ca: emulator.ca },
    repoRoot,
    modelRepo: path.join(repoRoot, 'workflows-examples', 'model-repo'),
    runDir,
    narrator,
    signal: abort.signal,
  });
  const records: StageRecord[] = [];
  for (const [index, stage] of stages.entries()) {
    const { name, environment, workspace } = stage;
    const record: StageRecord = {
      name,
      environment,
      workspace,
      status: 'skipped',
      result: 'skipped',
      seconds: 0,
    };
    records.push(record);
    if (records.some((r) => r.status === 'failed') || abort.signal.aborted) continue;
    narrator.stage(
      `${index + 1}/${stages.length}`,
      stage.title,
      `GitHub environment '${environment}' → workspace '${workspace}'`,
    );
    const stageStart = performance.now();
    try {
      record.result = await stage.run();
      record.status = 'passed';
    } catch (error) {
      record.status = 'failed';
      const message = error instanceof Error ? error.message : String(error);
      narrator.note(`✖ ${message}`);
      if (!(error instanceof StageFailure) && error instanceof Error && error.stack !== undefined) {
        narrator.log(error.stack);
      }
      record.result = message.split('\n')[0] ?? '';
    }
    record.seconds = (performance.now() - stageStart) / 1000;
  }
  await stopEmulator();
  narrator.recap(records, (performance.now() - started) / 1000);
  if (abort.signal.aborted) return 130;
  return records.every((record) => record.status === 'passed') ? 0 : 1;
}

const RUN_MARKER = '.azureml-demo-run';

/** Empties the run folder of the previous run; a folder the demo did not make is refused, never deleted. */
async function resetRunDir(runDir: string): Promise<void> {
  const entries: string[] = await readdir(runDir).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  });
  if (entries.length > 0 && !entries.includes(RUN_MARKER)) {
    throw new StageFailure(
      `The run folder ${runDir} holds files of something else (no ${RUN_MARKER}): pass an empty or new --run-dir.`,
    );
  }
  await rm(runDir, { recursive: true, force: true });
  await mkdir(runDir, { recursive: true });
  await writeFile(path.join(runDir, RUN_MARKER), 'Made by npm run demo: emptied at its next run.\n');
}

function describeEmulator(info: ReadyInfo, options: DemoOptions): void {
  narrator.output('ARM endpoint', info.armEndpoint);
  narrator.output('workspaces', info.workspaces.join(', '));
  for (const [name, identity] of Object.entries(info.identities)) {
    const roles = Object.entries(identity.roles)
      .map(([workspace, role]) => `${role} on ${workspace}`)
      .join(', ');
    narrator.output(`GitHub environment '${name}'`, `${identity.subject} → ${roles}`);
  }
  for (const fault of options.faults) narrator.output('fault rule', JSON.stringify(fault));
  narrator.note(`Run folder: ${path.relative(process.cwd(), options.runDir) || '.'}`);
}

async function stopEmulator(): Promise<void> {
  const running = emulator;
  emulator = undefined;
  if (running === undefined) return;
  const stopping = performance.now();
  await running.stop();
  narrator.note(`Emulator stopped (${((performance.now() - stopping) / 1000).toFixed(1)} s).`);
}

/**
 * Ctrl-C: cancel the running step (the action cancels its Azure ML job), stop the emulator, exit 130. npm and tsx
 * pass the terminal's signal on, so the same Ctrl-C arrives more than once: only a signal a second later forces the exit.
 */
let interruptedAt: number | undefined;
function interrupt(signal: NodeJS.Signals): void {
  if (interruptedAt !== undefined) {
    if (performance.now() - interruptedAt < 1000) return;
    process.stderr.write(`\n${signal} again: exiting without waiting.\n`);
    process.exit(130);
  }
  interruptedAt = performance.now();
  process.stderr.write(`\n${signal}: cancelling the running stage and stopping the emulator…\n`);
  abort.abort();
}

const options = readOptions(process.argv.slice(2));
if (options !== undefined) {
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  main(options).then(
    (code) => {
      process.exitCode = code;
    },
    async (error: unknown) => {
      const detail =
        error instanceof StageFailure ? error.message : error instanceof Error ? error.stack : String(error);
      process.stderr.write(`\nThe demo could not run: ${detail ?? String(error)}\n`);
      await stopEmulator().catch(() => undefined);
      process.exitCode = 1;
    },
  );
}
