/**
 * Every built action in dist/ starts: run without inputs, as on a runner that gives none, each ends with its own
 * clear error (exit code 1, `::error::<name>: …`), never a crash at load (ncc's ESM output leaves bare
 * `require(...)` and `__dirname`: the build's banner defines them, see scripts/lib/bundle.mjs) nor a stack trace.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { ESM_BANNER } from '../../../scripts/lib/bundle.mjs';
import { repoRoot } from '../../unit/meta/repo.js';

const dist = join(repoRoot, 'dist');
/** Starting Node and loading the bundle takes a second on an idle machine, many on a busy one. */
const RUN_TIMEOUT = 60_000;
const shared = join(dist, 'shared');

/** dist/<name>/index.js for every built action. */
function builtActions(): string[] {
  return readdirSync(dist, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dist, entry.name, 'index.js')))
    .map((entry) => entry.name)
    .filter((name) => name !== 'shared')
    .sort();
}

/** The environment without anything a runner or a developer's shell could pass as an input or a credential. */
function bareEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(INPUT_|GITHUB_|ACTIONS_|RUNNER_|AZURE|NODE_OPTIONS$)/i.test(key)) env[key] = value;
  }
  return env;
}

interface Run {
  code: number | null;
  output: string;
}

async function runNode(args: string[]): Promise<Run> {
  const options = { cwd: repoRoot, env: bareEnv(), timeout: RUN_TIMEOUT };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, options);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number | null; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('dist/', () => {
  it('has the shared bundle, its every module starting with the banner that defines require', () => {
    const modules = readdirSync(shared).filter((file) => file.endsWith('.js'));
    expect(modules).toContain('index.js');
    const withoutBanner = modules.filter(
      (file) => !readFileSync(join(shared, file), 'utf8').startsWith(ESM_BANNER),
    );
    expect(withoutBanner).toEqual([]);
  });

  it(
    'loads the shared bundle, which exports run()',
    async () => {
      const run = await runNode([
        '--input-type=module',
        '-e',
        "const m = await import('./dist/shared/index.js'); console.log(typeof m.run);",
      ]);
      expect(run).toEqual({ code: 0, output: 'function\n' });
    },
    RUN_TIMEOUT,
  );

  for (const name of builtActions()) {
    it(
      `runs dist/${name}/index.js without inputs to its clear error`,
      async () => {
        const run = await runNode([join(dist, name, 'index.js')]);
        const problems = [
          run.code === 1 ? undefined : `exit code ${run.code}, expected 1`,
          new RegExp(`^::error::${name}: \\S`, 'm').test(run.output)
            ? undefined
            : `no '::error::${name}: …' line`,
          /ReferenceError|Cannot find (module|package)|ERR_REQUIRE/.test(run.output)
            ? 'a crash at load'
            : undefined,
          /^\s+at /m.test(run.output) ? 'a stack trace' : undefined,
        ].filter((problem) => problem !== undefined);
        // Lines cut short: a crash prints the failing line of the minified bundle, megabytes long.
        const output = run.output.replace(/^(.{300}).+$/gm, '$1…');
        expect({ problems, output }).toEqual({ problems: [], output });
      },
      RUN_TIMEOUT,
    );
  }
});
