/** Running the bundled smoke-test against the emulator, after deploying an endpoint with the bundled deploy-endpoint. */
import path from 'node:path';
import { runBundledAction, type BundledActionResult, type EmulatorHandle } from '../helpers/emulator.js';

export const SMOKE_TEST = path.resolve('dist/smoke-test/index.js');
const DEPLOY_ENDPOINT = path.resolve('dist/deploy-endpoint/index.js');
export const FIXTURES = path.resolve('__tests__/integration/smoke-test/fixtures');
export const WORKSPACE = { workspace: 'dev', 'resource-group': 'rg-mlops' } as const;

/** Deploys the fixture app as `deployment` of `endpoint`; throws with the action's output if it fails. */
export async function deployApp(
  emu: EmulatorHandle,
  inputs: { endpoint: string; deployment: string; traffic?: string; authMode?: string },
): Promise<void> {
  const result = await runBundledAction(
    DEPLOY_ENDPOINT,
    {
      ...WORKSPACE,
      'endpoint-name': inputs.endpoint,
      'deployment-name': inputs.deployment,
      'deployment-file': `${FIXTURES}/app/deployment.yml`,
      ...(inputs.traffic === undefined ? {} : { traffic: inputs.traffic }),
      ...(inputs.authMode === undefined ? {} : { 'auth-mode': inputs.authMode }),
    },
    emu.envFor('development'),
    { timeoutMs: 110_000 },
  );
  if (result.exitCode !== 0) {
    throw new Error(
      `deploy-endpoint failed (${String(result.exitCode)}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

export function smokeTest(
  emu: EmulatorHandle,
  inputs: Record<string, string>,
  identity = 'development',
): Promise<BundledActionResult> {
  return runBundledAction(SMOKE_TEST, { ...WORKSPACE, ...inputs }, emu.envFor(identity), {
    timeoutMs: 60_000,
  });
}

/** The failure message of the step (the ::error:: annotation runAction writes). */
export function failureText(result: BundledActionResult): string {
  return result.annotations
    .filter((annotation) => annotation.level === 'error')
    .map((annotation) => annotation.message)
    .join('\n');
}

/** The job summary as a reader sees it: markdown escapes and HTML entities undone. */
export function plainSummary(result: BundledActionResult): string {
  return result.summary
    .replace(/\\(.)/g, '$1')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
