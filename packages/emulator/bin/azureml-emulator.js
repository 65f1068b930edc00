#!/usr/bin/env node
// Runs the emulator CLI straight from its TypeScript sources (tsx), so it works right after `npm ci`, with no build.
import { register } from 'tsx/esm/api';

register();
// tsx turns source maps on; parsing one per module costs ~10% of the start-up. Keep them only when asked for the
// usual way (node --enable-source-maps, or in NODE_OPTIONS).
process.setSourceMapsEnabled(
  [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].includes('--enable-source-maps'),
);
const { runCli } = await import('../src/cli.ts');

const stopSignal = () =>
  new Promise((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.once(signal, () => {
        // A second signal while stopping forces the exit.
        process.once(signal, () => process.exit(130));
        resolve(signal);
      });
    }
  });

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stopSignal,
});
