import { githubIdToken, runAction } from '@aml-actions/action-kit';
import { readInputs } from './inputs.js';
import type { RegisterModelOutputs } from './run.js';

// Inputs first: a bad input fails before the Azure SDK (in ./run.js) is loaded at all.
await runAction<RegisterModelOutputs>('register-model', async (context) => {
  const inputs = readInputs(process.env, context.log);
  const { runRegisterModel } = await import('./run.js');
  await runRegisterModel(context, inputs, {
    env: process.env,
    getIdToken: githubIdToken,
  });
});
