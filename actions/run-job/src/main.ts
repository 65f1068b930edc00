import { githubIdToken, runAction } from '@aml-actions/action-kit';
import { readInputs } from './inputs.js';
import type { RunJobOutputs } from './run.js';

// Inputs first: a bad input fails before the Azure SDK (in ./run.js) is loaded at all.
await runAction<RunJobOutputs>('run-job', async (context) => {
  const inputs = readInputs(process.env, context.log);
  const { runJobAction } = await import('./run.js');
  await runJobAction(context, inputs, {
    env: process.env,
    getIdToken: githubIdToken,
  });
});
