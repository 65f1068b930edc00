#!/usr/bin/env node
// Runs the emulator CLI from its TypeScript sources, so it works right after `npm ci`, with no build step: they are
// transpiled once into node_modules/.cache/azureml-emulator (see source-cache.mjs) and run as plain JavaScript. When
// that cache cannot be written (read-only install), they run through tsx's loader instead, which starts slower.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transpiledSources } from './source-cache.mjs';

const packageDir = join(import.meta.dirname, '..');
const srcDir = join(packageDir, 'src');

async function viaTsx(reason) {
  process.stderr.write(
    `azureml-emulator: running the sources through tsx (no transpile cache: ${reason}).\n`,
  );
  const { register } = await import('tsx/esm/api');
  register();
  // tsx turns source maps on; parsing one per module slows the start-up. Keep them only when asked for the usual way
  // (node --enable-source-maps, or in NODE_OPTIONS).
  process.setSourceMapsEnabled(
    [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].includes('--enable-source-maps'),
  );
  return join(srcDir, 'cli.ts');
}

const cli = await transpiledSources(
  srcDir,
  join(packageDir, 'node_modules', '.cache', 'azureml-emulator'),
).then(
  (dir) => join(dir, 'cli.js'),
  (error) => viaTsx(error.message),
);
const { runCli } = await import(pathToFileURL(cli).href);

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
