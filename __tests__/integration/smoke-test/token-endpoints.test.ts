/**
 * The bundled smoke-test against emulator endpoints with token auth: AMLToken (the endpoint's token route) and
 * AADToken (an Entra ID token for https://ml.azure.com), the token masked; and an identity that may read the
 * endpoint but not score on it, refused with 401 and stopped at once with a hint.
 */
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { withEmulator } from '../helpers/emulator.js';
import { FIXTURES, deployApp, failureText, plainSummary, smokeTest } from './smoke-helpers.js';

jest.setTimeout(120_000);
const emu = withEmulator({ provisioningDelayMs: 20 });

beforeAll(async () => {
  await deployApp(emu, { endpoint: 'tok', deployment: 'blue', traffic: '100', authMode: 'aml_token' });
  await deployApp(emu, { endpoint: 'aad', deployment: 'blue', traffic: '100', authMode: 'aad_token' });
}, 200_000);

const REQUESTS = { 'request-file': `${FIXTURES}/requests.jsonl`, 'request-count': '6' };

/** The value of every `::add-mask::` command that looks like a JWT. */
function maskedTokens(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => /^::add-mask::[\w-]+\.[\w-]+\.[\w-]+$/.test(line))
    .map((line) => line.slice('::add-mask::'.length));
}

describe('smoke-test (bundled), token auth', () => {
  it('scores an aml_token endpoint with the token from its token route, masked', async () => {
    const result = await smokeTest(emu, { ...REQUESTS, 'endpoint-name': 'tok' });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', requests: '6', errors: '0' });
    expect(result.stdout).toContain('(auth mode aml_token)');
    expect(plainSummary(result)).toContain('tok (workspace dev, auth aml_token)');
    const tokens = maskedTokens(result.stdout);
    expect(tokens.length).toBeGreaterThan(0);
    const printed = result.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    for (const token of tokens) {
      expect(printed).not.toContain(token);
      expect(result.summary).not.toContain(token);
    }
  });

  it('scores an aad_token endpoint with an Entra ID token for Azure ML', async () => {
    const result = await smokeTest(emu, { ...REQUESTS, 'endpoint-name': 'aad' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', requests: '6', errors: '0' });
    expect(JSON.parse(result.outputs['served-by'] ?? '{}')).toEqual({ blue: 6 });
  });

  it('stops at the first 401 and names the permission the identity lacks', async () => {
    // 'staging' may read the dev workspace (Reader) but not score in it.
    const result = await smokeTest(emu, { ...REQUESTS, 'endpoint-name': 'aad', concurrency: '1' }, 'staging');
    expect(result.exitCode).toBe(1);
    const failure = failureText(result);
    expect(failure).toContain(
      "The scoring URI of online endpoint 'aad' refused the credentials (HTTP 401, auth mode aad_token); the test " +
        'stopped after 1 request(s).',
    );
    expect(failure).toContain('onlineEndpoints/score/action');
    expect(result.outputs).toMatchObject({ passed: 'false', requests: '1', errors: '1' });
  });
});
