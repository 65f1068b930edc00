/** Reading the official Azure ML OpenAPI examples and ARM common types from ../shared/azure-specs. */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sharedPath } from '../../../shared-dir.js';

const SPECS = pathToFileURL(sharedPath('azure-specs/specification') + '/');
const ML = 'machinelearningservices/resource-manager/Microsoft.MachineLearningServices/stable/';

export interface SpecExample {
  parameters: Record<string, unknown>;
  responses: Record<string, { headers?: Record<string, string>; body?: unknown }>;
}

/** An example of API 2022-10-01, e.g. 'OnlineEndpoint/get.json'. */
export function specExample(path: string, apiVersion = '2022-10-01'): SpecExample {
  return readJson(`${ML}${apiVersion}/examples/${path}`) as SpecExample;
}

/** The resource names an example's parameters use. */
export interface ExampleNames {
  subscriptionId: string;
  resourceGroupName: string;
  workspaceName: string;
  endpointName: string;
}

/** The names of OnlineEndpoint/createOrUpdate.json: the ids every ARM test here uses. */
export function exampleNames(): ExampleNames {
  return specExample('OnlineEndpoint/createOrUpdate.json').parameters as unknown as ExampleNames;
}

/** common-types/resource-management/v3/types.json (ErrorResponse, ErrorDetail, …). */
export function commonTypes(): { definitions: Record<string, unknown> } {
  return readJson('common-types/resource-management/v3/types.json') as {
    definitions: Record<string, unknown>;
  };
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(path, SPECS)), 'utf8'));
}
