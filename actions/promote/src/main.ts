import { githubIdToken, runAction } from '@aml-actions/action-kit';
import { readInputs } from './inputs.js';
import type { PromoteOutputs } from './run.js';

// Inputs first: a bad input fails before the Azure SDK (in ./run.js) is loaded at all.
await runAction<PromoteOutputs>('promote', async (context) => {
  const inputs = readInputs(process.env, context.log);
  const { runPromote } = await import('./run.js');
  await runPromote(context, inputs, { env: process.env, getIdToken: githubIdToken });
});
