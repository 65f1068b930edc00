import { githubIdToken, runAction } from '@aml-actions/action-kit';
import { readInputs } from './inputs.js';
import type { DeployEndpointOutputs } from './run.js';

// Inputs first: a bad input fails before the Azure SDK (in ./run.js) is loaded at all.
await runAction<DeployEndpointOutputs>('deploy-endpoint', async (context) => {
  const inputs = readInputs(process.env, context.log);
  const { runDeployEndpoint } = await import('./run.js');
  await runDeployEndpoint(context, inputs, {
    env: process.env,
    getIdToken: githubIdToken,
  });
});
