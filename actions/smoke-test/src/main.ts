import { githubIdToken, runAction } from '@aml-actions/action-kit';
import { readInputs } from './inputs.js';
import type { SmokeTestOutputs } from './run.js';

// Inputs first: a bad input fails before the Azure SDK (in ./run.js) is loaded at all.
await runAction<SmokeTestOutputs>('smoke-test', async (context) => {
  const inputs = readInputs(process.env, context.log);
  const { runSmokeTest } = await import('./run.js');
  await runSmokeTest(context, inputs, { env: process.env, getIdToken: githubIdToken });
});
