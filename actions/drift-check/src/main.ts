import { githubIdToken, runAction } from '@aml-actions/action-kit';
import { readInputs } from './inputs.js';
import type { DriftCheckOutputs } from './run.js';

// Inputs first: a bad input fails before the data is read or the Azure SDK (in ./azure-sources.js) is loaded.
await runAction<DriftCheckOutputs>('drift-check', async (context) => {
  const inputs = readInputs(process.env, context.log);
  const { runDriftCheck } = await import('./run.js');
  await runDriftCheck(context, inputs, { env: process.env, getIdToken: githubIdToken });
});
