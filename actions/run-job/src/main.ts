import * as core from '@actions/core';
import { runAction } from '@aml-actions/action-kit';
import { runJobAction, type RunJobOutputs } from './run.js';

await runAction<RunJobOutputs>('run-job', (context) =>
  runJobAction(context, { env: process.env, getIdToken: (audience) => core.getIDToken(audience) }),
);
