/**
 * `azureml-emulator start [...]`: runs the emulator in the foreground, prints exactly one JSON line (the ready info)
 * to stdout when ready, logs to stderr, and stops cleanly on SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { startEmulator, type StartEmulatorOptions } from './server/start-emulator.js';
import { ConfigError } from './state/config-error.js';

export const USAGE = `Usage: azureml-emulator start [options]

Runs a local Azure ML (ARM, Entra ID, GitHub OIDC, Azurite blob storage) over HTTPS on 127.0.0.1 and prints one
JSON line with its endpoints and the environment variables that point actions at it.

Options:
  --port N                  HTTPS port (default: the last run's port with --state-dir, else any free port)
  --state-dir DIR           keep everything (resources, keys, certificate, blobs) in DIR across restarts
  --config FILE             JSON or YAML config: workspaces, identities, timings, fault rules
  --provisioning-delay MS   how long long-running operations take (default 2000)
  --token-lifetime S        lifetime of issued access tokens in seconds (default 3600)
  --retry-after S           Retry-After sent on long-running operation polls
  --fault RULE              inject a fault, repeatable: kind=throttle,operationId=OnlineEndpoints_Get,count=2
                            or JSON; see packages/emulator/README.md
  -h, --help                show this help
`;

type Writer = (text: string) => void;

export interface CliIo {
  stdout: Writer;
  stderr: Writer;
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM). */
  stopSignal: () => Promise<string>;
}

/** Runs the CLI; resolves with the exit code once the emulator has stopped (or failed to start). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let options: StartEmulatorOptions;
  try {
    const parsed = await parseCliArgs(argv);
    if (parsed === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    options = parsed;
  } catch (error) {
    io.stderr(`azureml-emulator: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const log = (message: string): void => {
    io.stderr(`${message}\n`);
  };
  let running;
  try {
    running = await startEmulator({ ...options, log });
  } catch (error) {
    const detail = error instanceof ConfigError ? error.message : ((error as Error).stack ?? String(error));
    io.stderr(`azureml-emulator: could not start: ${detail}\n`);
    return 1;
  }
  io.stdout(`${JSON.stringify(running.info)}\n`);
  log(
    `azureml-emulator: ready. ARM ${running.info.armEndpoint}, blob ${running.info.blobEndpoint}, ` +
      `admin ${running.info.adminUrl}${running.info.stateDir === undefined ? ' (in memory)' : `, state in ${running.info.stateDir}`}.`,
  );
  const signal = await io.stopSignal();
  log(`azureml-emulator: ${signal} received; stopping.`);
  await running.stop();
  log('azureml-emulator: stopped.');
  return 0;
}

async function parseCliArgs(argv: string[]): Promise<StartEmulatorOptions | 'help'> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      port: { type: 'string' },
      'state-dir': { type: 'string' },
      config: { type: 'string' },
      'provisioning-delay': { type: 'string' },
      'token-lifetime': { type: 'string' },
      'retry-after': { type: 'string' },
      fault: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) return 'help';
  if (positionals.length !== 1 || positionals[0] !== 'start') {
    throw new Error(`expected the command 'start', got '${positionals.join(' ')}'.`);
  }
  const options: StartEmulatorOptions = {};
  if (values.port !== undefined) options.port = integerFlag('--port', values.port, 0, 65535);
  if (values['state-dir'] !== undefined) options.stateDir = values['state-dir'];
  if (values.config !== undefined) options.config = values.config;
  const delay = values['provisioning-delay'];
  if (delay !== undefined) options.provisioningDelayMs = integerFlag('--provisioning-delay', delay, 0);
  const lifetime = values['token-lifetime'];
  if (lifetime !== undefined) options.tokenLifetimeSeconds = integerFlag('--token-lifetime', lifetime, 1);
  const retryAfter = values['retry-after'];
  if (retryAfter !== undefined) options.retryAfterSeconds = integerFlag('--retry-after', retryAfter, 0);
  if (values.fault !== undefined) {
    const { parseFaultFlag } = await import('./faults/fault-rule.js');
    options.faults = values.fault.map(parseFaultFlag);
  }
  return options;
}

function integerFlag(flag: string, value: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new ConfigError(`${flag} '${value}' is not a whole number from ${min} to ${max}.`);
  }
  return n;
}
