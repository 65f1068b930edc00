import { githubIdToken, runAction } from '@aml-actions/action-kit';
import { readInputs } from './inputs.js';
import type { CopyModelOutputs } from './run.js';

// Inputs first: a bad input fails before the Azure SDK (in ./run.js) is loaded at all.
await runAction<CopyModelOutputs>('copy-model', async (context) => {
  const inputs = readInputs(process.env, context.log);
  const { runCopyModel } = await import('./run.js');
  await runCopyModel(context, inputs, { env: process.env, getIdToken: githubIdToken });
});
