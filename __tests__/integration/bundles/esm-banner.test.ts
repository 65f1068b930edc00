/**
 * The fix for ncc 0.45's ESM output, on the smallest case: a CommonJS dependency calling `eval('require')('crypto')`
 * and reading `__dirname`. ncc leaves both as they are (no `require` exists in an ES module: a ReferenceError at
 * start); the build's banner defines them, so the bundle runs.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from '@jest/globals';
import { bundle } from '../../../scripts/lib/bundle.mjs';

const fixture = fileURLToPath(new URL('fixtures/bare-require/main.mjs', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'aml-banner-'));

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('the ESM banner of every bundle', () => {
  it('lets a bundle with a bare require and __dirname run', async () => {
    await bundle(fixture, out);
    const code = readFileSync(join(out, 'index.js'), 'utf8');
    expect(code).toContain('eval("require")("crypto")');

    const { stdout } = await promisify(execFile)(process.execPath, [join(out, 'index.js')]);
    expect(JSON.parse(stdout)).toEqual({ digest: expect.stringMatching(/^[0-9a-f]{12}$/), folder: 'string' });
  }, 60_000);
});
