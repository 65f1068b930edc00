/** A fake MlClient for the raw ARM calls (armJson → sendRequest) and the SDK's jobs.beginCancel. */
import { createHttpHeaders, type PipelineRequest, type PipelineResponse } from '@azure/core-rest-pipeline';
import type { MlClient } from '@aml-actions/azure';

export type Answer = { status: number; body?: unknown };

export interface FakeClient {
  client: MlClient;
  requests: PipelineRequest[];
  cancels: string[];
}

/** Answers requests in order with `answer(request)`. */
export function fakeClient(answer: (request: PipelineRequest) => Answer): FakeClient {
  const requests: PipelineRequest[] = [];
  const cancels: string[] = [];
  const client = {
    $host: 'https://arm.test',
    sendRequest: (request: PipelineRequest): Promise<PipelineResponse> => {
      requests.push(request);
      const { status, body } = answer(request);
      return Promise.resolve({
        request,
        status,
        headers: createHttpHeaders(),
        bodyAsText: body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body),
      });
    },
    jobs: {
      beginCancel: (_rg: string, _ws: string, name: string) => {
        cancels.push(name);
        return Promise.resolve({});
      },
    },
  };
  return { client: client as unknown as MlClient, requests, cancels };
}

export const workspace = {
  subscriptionId: '00000000-0000-0000-0000-000000000000',
  resourceGroup: 'rg',
  workspace: 'dev',
  id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/dev',
};
