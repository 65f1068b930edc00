/**
 * Every actions/<name>/ folder: a complete action.yml (name, description, branding, node24, a built runs.main,
 * documented inputs and outputs, booleans with defaults), inputs that match exactly what the code reads (its
 * src/inputs.ts `spec`), and a README whose generated tables are up to date.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { inputMetadata, type InputSpec } from '@aml-actions/action-kit';
import { actionDir, listActions, readActionYml, repoRoot, type ActionYml } from './repo.js';

/** Importing an action's inputs.ts transpiles the action kit and the Azure package first: seconds, not millis. */
const SPEC_TIMEOUT = 30_000;
const BRANDING_COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];

function nonEmptyText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** Names of the entries of an inputs/outputs map that lack a description. */
function undocumented(entries: Record<string, { description?: unknown } | null> | undefined): string[] {
  return Object.entries(entries ?? {})
    .filter(([, entry]) => !nonEmptyText(entry?.description))
    .map(([name]) => name);
}

/** A YAML scalar as the runner passes it to the action (text); undefined when absent. */
function scalarText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}

interface DeclaredInput {
  name: string;
  required: boolean;
  default: string | undefined;
}

/** action.yml's inputs with YAML scalars as the runner passes them (text). */
function declaredInputs(yml: ActionYml): DeclaredInput[] {
  return Object.entries(yml.inputs ?? {}).map(([name, input]) => ({
    name,
    required: input?.required === true,
    default: scalarText(input?.default),
  }));
}

async function loadSpec(name: string): Promise<InputSpec> {
  const file = join(actionDir(name), 'src', 'inputs.ts');
  const module = (await import(pathToFileURL(file).href)) as { spec?: InputSpec };
  if (module.spec === undefined) throw new Error(`actions/${name}/src/inputs.ts does not export 'spec'`);
  return module.spec;
}

for (const name of listActions()) {
  describe(`actions/${name}`, () => {
    const dir = actionDir(name);

    it('has action.yml, README.md, src/main.ts and src/inputs.ts', () => {
      const missing = ['action.yml', 'README.md', 'src/main.ts', 'src/inputs.ts'].filter(
        (file) => !existsSync(join(dir, file)),
      );
      expect(missing).toEqual([]);
    });

    it('action.yml has a name, a description and branding', () => {
      const yml = readActionYml(name);
      expect(nonEmptyText(yml.name)).toBe(true);
      expect(nonEmptyText(yml.description)).toBe(true);
      expect(nonEmptyText(yml.branding?.icon)).toBe(true);
      expect(BRANDING_COLORS).toContain(yml.branding?.color);
    });

    it('runs on node24 from its built entry in dist/', () => {
      const { runs } = readActionYml(name);
      expect(runs?.using).toBe('node24');
      expect(typeof runs?.main).toBe('string');
      const main = String(runs?.main);
      expect(isAbsolute(main)).toBe(false);
      const target = resolve(dir, main);
      expect(relative(repoRoot, target)).toBe(join('dist', name, 'index.js'));
      if (!existsSync(target)) throw new Error(`${main} does not exist: run npm run build and commit dist/`);
    });

    it('documents every input and output', () => {
      const yml = readActionYml(name);
      expect({ inputs: undocumented(yml.inputs), outputs: undocumented(yml.outputs) }).toEqual({
        inputs: [],
        outputs: [],
      });
    });

    it(
      'declares exactly the inputs its code reads, with the same required-ness and defaults',
      async () => {
        const spec = await loadSpec(name);
        const fromCode = inputMetadata(spec)
          .map((input) => ({ name: input.name, required: input.required, default: input.default }))
          .sort((a, b) => a.name.localeCompare(b.name));
        const fromYml = declaredInputs(readActionYml(name)).sort((a, b) => a.name.localeCompare(b.name));
        expect(fromYml).toEqual(fromCode);
      },
      SPEC_TIMEOUT,
    );

    it(
      'gives every boolean input a default',
      async () => {
        const spec = await loadSpec(name);
        const yml = readActionYml(name);
        const withoutDefault = inputMetadata(spec)
          .filter((input) => input.kind === 'boolean')
          .filter((input) => yml.inputs?.[input.name]?.default === undefined)
          .map((input) => input.name);
        expect(withoutDefault).toEqual([]);
      },
      SPEC_TIMEOUT,
    );
  });
}

describe('READMEs', () => {
  it(
    'have generated tables in sync with action.yml (node scripts/gen-readme.mjs)',
    async () => {
      let result: { ok: boolean; output: string };
      try {
        const { stdout } = await promisify(execFile)(process.execPath, [
          join(repoRoot, 'scripts', 'gen-readme.mjs'),
          '--check',
        ]);
        result = { ok: true, output: stdout };
      } catch (error) {
        const failed = error as { stdout: string; stderr: string };
        result = { ok: false, output: failed.stderr + failed.stdout };
      }
      expect(result).toEqual({ ok: true, output: 'READMEs are up to date.\n' });
    },
    SPEC_TIMEOUT,
  );
});
