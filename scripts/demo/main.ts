/**
 * `npm run demo`: the model repository's main job (workflows-examples/model-repo) from training to a scoring call,
 * run against the local emulator with the bundled actions from dist/, as the GitHub runner runs them. No Azure
 * account. Exit code 0 when every stage passed, 1 when one failed, 130 when interrupted; the emulator is always
 * stopped. Runner files (job summaries, outputs) and the emulator's state stay in .emulator-state/demo/.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator, type RunningEmulator } from '@aml-actions/emulator';
import { lifecycleStages } from './lifecycle.js';
import { StageFailure } from './steps.js';
import { createNarrator, type StageRecord } from './narrative.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const runDir = path.join(repoRoot, '.emulator-state', 'demo');
const narrator = createNarrator(
  (text) => process.stdout.write(text),
  process.stdout.isTTY && process.env.NO_COLOR === undefined,
);
const abort = new AbortController();
let emulator: RunningEmulator | undefined;

async function main(): Promise<number> {
  const started = performance.now();
  await rm(runDir, { recursive: true, force: true });
  narrator.stage(
    '0',
    'Start the local Azure ML emulator',
    'ARM, Entra ID, GitHub OIDC, Azurite blob storage, scoring',
  );
  emulator = await startEmulator({
    stateDir: path.join(runDir, 'emulator'),
    provisioningDelayMs: 500,
    retryAfterSeconds: 1,
  });
  const { info } = emulator;
  narrator.output('ARM endpoint', info.armEndpoint);
  narrator.output('workspaces', info.workspaces.join(', '));
  for (const [name, identity] of Object.entries(info.identities)) {
    const roles = Object.entries(identity.roles)
      .map(([workspace, role]) => `${role} on ${workspace}`)
      .join(', ');
    narrator.output(`GitHub environment '${name}'`, `${identity.subject} → ${roles}`);
  }
  narrator.note(`State: ${path.relative(process.cwd(), path.join(runDir, 'emulator'))}`);

  const stages = lifecycleStages({
    emulator: { info, ca: emulator.ca },
    repoRoot,
    modelRepo: path.join(repoRoot, 'workflows-examples', 'model-repo'),
    runDir,
    narrator,
    signal: abort.signal,
  });
  const records: StageRecord[] = [];
  for (const [index, stage] of stages.entries()) {
    const record: StageRecord = { ...stage, status: 'skipped', result: 'skipped', seconds: 0 };
    records.push(record);
    if (records.some((r) => r.status === 'failed') || abort.signal.aborted) continue;
    narrator.stage(
      `${index + 1}/${stages.length}`,
      stage.title,
      `GitHub environment '${stage.environment}' → workspace '${stage.workspace}'`,
    );
    const stageStart = performance.now();
    try {
      record.result = await stage.run();
      record.status = 'passed';
    } catch (error) {
      record.status = 'failed';
      record.result = error instanceof Error ? error.message : String(error);
      narrator.note(`✖ ${record.result}`);
      if (!(error instanceof StageFailure) && error instanceof Error && error.stack !== undefined) {
        narrator.log(error.stack);
      }
    }
    record.seconds = (performance.now() - stageStart) / 1000;
  }
  await stopEmulator();
  narrator.recap(records, (performance.now() - started) / 1000);
  if (abort.signal.aborted) return 130;
  return records.every((record) => record.status === 'passed') ? 0 : 1;
}

async function stopEmulator(): Promise<void> {
  const running = emulator;
  emulator = undefined;
  if (running === undefined) return;
  narrator.note('Stopping the emulator…');
  await running.stop();
}

/** Ctrl-C: cancel the running step (the action cancels its Azure ML job), stop the emulator, exit 130. */
function interrupt(signal: NodeJS.Signals): void {
  if (abort.signal.aborted) {
    process.stderr.write(`\n${signal} again: exiting without waiting.\n`);
    process.exit(130);
  }
  process.stderr.write(`\n${signal}: cancelling the running stage and stopping the emulator…\n`);
  abort.abort();
}
process.on('SIGINT', interrupt);
process.on('SIGTERM', interrupt);

main().then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    process.stderr.write(
      `\nThe demo could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    await stopEmulator().catch(() => undefined);
    process.exitCode = 1;
  },
);
