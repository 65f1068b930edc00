/**
 * Online endpoints and deployments as raw ARM JSON at api-version 2024-04-01: reading them with every field the
 * newer API has (mirrorTraffic, dataCollector), so a read-modify-write never drops one.
 */
import { armRequest, type ArmResponse } from '@aml-actions/azure';
import { isRestError } from '@azure/core-rest-pipeline';
import type { ArmContext } from './arm-context.js';

export interface EndpointResource {
  id: string;
  name: string;
  location: string;
  tags?: Record<string, string>;
  identity?: Record<string, unknown>;
  kind?: string;
  sku?: Record<string, unknown>;
  properties: {
    authMode: string;
    description?: string;
    traffic?: Record<string, number>;
    mirrorTraffic?: Record<string, number>;
    scoringUri?: string;
    swaggerUri?: string;
    provisioningState?: string;
    [key: string]: unknown;
  };
  systemData?: { lastModifiedAt?: string };
}

export interface DeploymentResource {
  id: string;
  name: string;
  location: string;
  tags?: Record<string, string>;
  sku?: { name?: string; capacity?: number; [key: string]: unknown };
  properties: {
    provisioningState?: string;
    instanceType?: string;
    model?: string;
    [key: string]: unknown;
  };
  systemData?: { lastModifiedAt?: string };
}

interface DeploymentPage {
  value?: DeploymentResource[];
  nextLink?: string;
}

export function endpointPath(ctx: ArmContext, endpoint: string): string {
  return `${ctx.workspace.id}/onlineEndpoints/${encodeURIComponent(endpoint)}`;
}

export function deploymentPath(ctx: ArmContext, endpoint: string, deployment: string): string {
  return `${endpointPath(ctx, endpoint)}/deployments/${encodeURIComponent(deployment)}`;
}

/** The endpoint, or undefined when it does not exist. */
export async function getEndpoint(ctx: ArmContext, endpoint: string): Promise<EndpointResource | undefined> {
  const action = `Reading online endpoint '${endpoint}' in workspace '${ctx.workspace.workspace}'`;
  try {
    return (await armRequest<EndpointResource>(ctx, 'GET', endpointPath(ctx, endpoint), action)).body;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** Every deployment of the endpoint (all pages). */
export async function listDeployments(ctx: ArmContext, endpoint: string): Promise<DeploymentResource[]> {
  const action = `Listing the deployments of online endpoint '${endpoint}'`;
  const found: DeploymentResource[] = [];
  let path: string | undefined = `${endpointPath(ctx, endpoint)}/deployments`;
  while (path !== undefined) {
    const page: ArmResponse<DeploymentPage> = await armRequest<DeploymentPage>(ctx, 'GET', path, action);
    found.push(...(page.body?.value ?? []));
    const next: string | undefined = page.body?.nextLink;
    path = next === undefined || next === '' ? undefined : nextPath(next);
  }
  return found;
}

/** A nextLink as a path for armRequest (which sets the api-version itself). */
function nextPath(link: string): string {
  const url = new URL(link);
  url.searchParams.delete('api-version');
  return `${url.pathname}${url.search}`;
}

function isNotFound(error: unknown): boolean {
  const cause = error instanceof Error && !isRestError(error) ? error.cause : error;
  return isRestError(cause) && cause.statusCode === 404;
}
