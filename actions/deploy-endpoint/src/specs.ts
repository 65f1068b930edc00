/**
 * The endpoint and deployment the inputs describe: the YAML files (checked with file/line positions before anything
 * is sent) with the inline inputs on top. The endpoint's name comes from endpoint-name, else endpoint-file, else the
 * deployment file's endpoint_name.
 */
import type { Logger } from '@aml-actions/action-kit';
import type { WorkspaceRef } from '@aml-actions/azure';
import {
  AUTH_MODES,
  loadSpecFile,
  mapOnlineDeployment,
  mapOnlineEndpoint,
  setSpecValue,
  type MappedDeployment,
  type MappedEndpoint,
} from '@aml-actions/azureml-spec';
import { AUTO_DEPLOYMENT, type EndpointSpec } from '@aml-actions/endpoints';
import type { Inputs, TrafficInputs } from './inputs.js';

export interface DeploySpecs {
  endpoint: EndpointSpec;
  deployment: MappedDeployment;
  /** The deployment's name, or `auto`. */
  deploymentName: string;
  traffic: TrafficInputs;
}

export function loadSpecs(
  inputs: Inputs,
  traffic: TrafficInputs,
  workspace: WorkspaceRef,
  log: Logger,
): DeploySpecs {
  const file = inputs.endpointFile === undefined ? undefined : loadEndpointFile(inputs.endpointFile);
  const chosen = inputs.endpointName ?? file?.name;
  const deployment = loadDeploymentFile(inputs, workspace, chosen, log);
  const name = chosen ?? deployment.endpointName;
  return {
    endpoint: endpointSpec(name, inputs, file),
    deployment,
    deploymentName: inputs.deploymentName ?? deployment.name,
    traffic: trafficOf(traffic, file, log),
  };
}

/** The input behind each overridden key, for messages. */
const INPUT_OF: Record<string, string> = { name: 'deployment-name', endpoint_name: 'endpoint-name' };

function loadEndpointFile(path: string): MappedEndpoint {
  const doc = loadSpecFile(path, 'managedOnlineEndpoint', 'endpoint-file');
  // The region is not the file's to choose: a new endpoint gets the workspace's (see ensureEndpoint).
  return mapOnlineEndpoint(doc, { location: '' });
}

function loadDeploymentFile(
  inputs: Inputs,
  workspace: WorkspaceRef,
  endpointName: string | undefined,
  log: Logger,
): MappedDeployment {
  const doc = loadSpecFile(inputs.deploymentFile, 'managedOnlineDeployment', 'deployment-file');
  const named = doc.yaml.get('endpoint_name');
  if (endpointName !== undefined && named !== endpointName) {
    log.info(
      `The deployment file names endpoint '${String(named)}'; deploying to '${endpointName}' ` +
        `(from ${inputs.endpointName === undefined ? 'endpoint-file' : "input 'endpoint-name'"}).`,
    );
  }
  const overrides: [string, string | number | undefined][] = [
    ['endpoint_name', endpointName],
    ['name', inputs.deploymentName === AUTO_DEPLOYMENT ? undefined : inputs.deploymentName],
    ['model', inputs.model],
    ['instance_type', inputs.instanceType],
    ['instance_count', inputs.instanceCount],
  ];
  for (const [key, value] of overrides) {
    if (value !== undefined) {
      setSpecValue(doc, key, value, `input '${INPUT_OF[key] ?? key.replace('_', '-')}'`);
    }
  }
  // The deployment goes to its endpoint's region, which deployOnlineEndpoint sets.
  return mapOnlineDeployment(doc, { workspace, location: '' });
}

/** Only what the file declares or an input sets; an existing endpoint keeps everything else. */
function endpointSpec(name: string, inputs: Inputs, file: MappedEndpoint | undefined): EndpointSpec {
  const declared = new Set(file?.declared ?? []);
  const body = file?.body;
  const from = <T>(key: string, value: T | undefined): T | undefined =>
    declared.has(key) ? value : undefined;
  const properties = Object.fromEntries(
    Object.entries({
      authMode:
        inputs.authMode === undefined
          ? from('auth_mode', body?.properties.authMode)
          : AUTH_MODES[inputs.authMode],
      description: inputs.description ?? from('description', body?.properties.description),
      publicNetworkAccess: from('public_network_access', body?.properties.publicNetworkAccess),
      properties: from('properties', body?.properties.properties),
    }).filter(([, value]) => value !== undefined),
  );
  const tags =
    inputs.tags === undefined ? from('tags', body?.tags) : { ...from('tags', body?.tags), ...inputs.tags };
  const identity = from('identity', body?.identity) as Record<string, unknown> | undefined;
  const sources = [
    ...(file === undefined ? [] : [`endpoint-file ${inputs.endpointFile ?? ''}`]),
    ...(['authMode', 'description', 'tags'] as const)
      .filter((key) => inputs[key] !== undefined)
      .map((key) => `input '${key === 'authMode' ? 'auth-mode' : key}'`),
  ];
  return {
    name,
    properties,
    ...(tags === undefined ? {} : { tags }),
    ...(identity === undefined ? {} : { identity }),
    source: sources.length === 0 ? 'the inputs (which set nothing about it)' : sources.join(' and '),
  };
}

/** The endpoint file's traffic maps apply when the traffic inputs leave traffic alone. */
function trafficOf(inputs: TrafficInputs, file: MappedEndpoint | undefined, log: Logger): TrafficInputs {
  const fileTraffic = file?.declared.includes('traffic') ? file.body.properties.traffic : undefined;
  const fileMirror = file?.declared.includes('mirror_traffic')
    ? file.body.properties.mirrorTraffic
    : undefined;
  let { live, mirror } = inputs;
  if (fileTraffic !== undefined) {
    if (live.kind === 'none') live = { kind: 'map', traffic: fileTraffic };
    else log.info("Input 'traffic' replaces the traffic of endpoint-file.");
  }
  if (fileMirror !== undefined) {
    const [target] = Object.entries(fileMirror).filter(([, value]) => value > 0);
    if (mirror.kind === 'keep') {
      mirror =
        target === undefined ? { kind: 'off' } : { kind: 'set', deployment: target[0], percent: target[1] };
    } else log.info("Input 'mirror-traffic' replaces the mirror_traffic of endpoint-file.");
  }
  return { live, mirror };
}
