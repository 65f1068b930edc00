/**
 * A scoring call as a user makes it: the endpoint's key from listKeys (`az ml online-endpoint get-credentials`), then
 * a POST of JSON rows to the scoring URI with `Authorization: Bearer <key>` (curl), trusting the emulator's
 * certificate.
 */
import { request } from 'node:https';
import type { Logger } from '@aml-actions/action-kit';
import { translateArmError } from '@aml-actions/azure';
import { signIn, type Emulator } from './sign-in.js';

export interface ScoringCall {
  status: number;
  /** The deployment that answered (azureml-model-deployment response header). */
  deployment: string;
  body: unknown;
}

export async function endpointKey(
  emulator: Emulator,
  environment: string,
  workspace: string,
  endpoint: string,
  logger: Logger,
): Promise<string> {
  const { mlClient, workspace: ref } = signIn(emulator, environment, workspace, logger);
  const keys = await mlClient.onlineEndpoints
    .listKeys(ref.resourceGroup, ref.workspace, endpoint)
    .catch((error: unknown) => {
      throw translateArmError(error, { action: `Listing the keys of endpoint '${endpoint}'` });
    });
  if (!keys.primaryKey) throw new Error(`Endpoint '${endpoint}' returned no primary key.`);
  logger.mask(keys.primaryKey);
  return keys.primaryKey;
}

export function score(scoringUri: string, key: string, payload: unknown, ca: string): Promise<ScoringCall> {
  return new Promise((resolve, reject) => {
    const req = request(
      scoringUri,
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
        ca,
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON: keep the text (errors of the data plane are plain text)
          }
          const deployment = res.headers['azureml-model-deployment'];
          resolve({
            status: res.statusCode ?? 0,
            deployment: typeof deployment === 'string' ? deployment : '',
            body,
          });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`No answer from ${scoringUri} within 30 s.`)));
    req.on('error', reject);
    req.end(JSON.stringify(payload));
  });
}
