import * as core from '@actions/core';
import { runAction } from '@aml-actions/action-kit';
import { runDeployEndpoint, type DeployEndpointOutputs } from './run.js';

await runAction<DeployEndpointOutputs>('deploy-endpoint', (context) =>
  runDeployEndpoint(context, { env: process.env, getIdToken: (audience) => core.getIDToken(audience) }),
);
