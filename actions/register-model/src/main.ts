import * as core from '@actions/core';
import { runAction } from '@aml-actions/action-kit';
import { runRegisterModel, type RegisterModelOutputs } from './run.js';

await runAction<RegisterModelOutputs>('register-model', (context) =>
  runRegisterModel(context, { env: process.env, getIdToken: (audience) => core.getIDToken(audience) }),
);
