/** The inputs of deploy-endpoint, declared once as data (compared with action.yml by the metadata test). */
import {
  UserError,
  defineInputs,
  input,
  readInputs as readSpec,
  type InputSource,
  type InputValues,
  type Logger,
} from '@aml-actions/action-kit';
import { azureInputSpec } from '@aml-actions/azure';
import {
  parseMirrorInput,
  parseTrafficInput,
  type MirrorRequest,
  type TrafficRequest,
} from '@aml-actions/endpoints';

export const spec = defineInputs({
  ...azureInputSpec,
  'endpoint-file': input.string({
    description:
      "Azure ML CLI v2 managedOnlineEndpoint YAML (as for 'az ml online-endpoint create -f'). Only the keys it sets are applied to an existing endpoint. Give endpoint-file or endpoint-name (or neither: the deployment file's endpoint_name is used).",
  }),
  'endpoint-name': input.string({
    description:
      "Name of the online endpoint; created when missing. Overrides the name in endpoint-file and the deployment file's endpoint_name.",
  }),
  'auth-mode': input.enum(['key', 'aml_token', 'aad_token'], {
    description:
      'Authentication of the endpoint: key, aml_token or aad_token. Default for a new endpoint: key.',
  }),
  description: input.string({ description: 'Description of the endpoint.' }),
  tags: input.map({
    description:
      'Tags of the endpoint, key=value pairs separated by commas or new lines; added to the tags it has (existing keys get the new value).',
  }),
  'deployment-file': input.string({
    required: true,
    description:
      "Azure ML CLI v2 managedOnlineDeployment YAML (as for 'az ml online-deployment create -f'); its relative paths resolve from the file's folder. Local code folders, inline environments and local models are uploaded content-addressed and reused when unchanged.",
  }),
  'deployment-name': input.string({
    description:
      "Name of the deployment, overriding the file's name. 'auto': blue/green, whichever of blue and green carries no live traffic (created when missing), so the serving deployment is never overwritten.",
  }),
  model: input.string({
    description:
      "Model to deploy, overriding the file's model: azureml:<name>:<version>, azureml:<name>@latest, an ARM id, or register-model's model-uri or model-id output.",
  }),
  'instance-type': input.string({
    description: "VM size of the deployment (e.g. Standard_DS3_v2), overriding the file's instance_type.",
  }),
  'instance-count': input.number({
    integer: true,
    min: 1,
    description: "Number of instances, overriding the file's instance_count.",
  }),
  traffic: input.string({
    default: 'none',
    description:
      "Live traffic after the deployment: 'none' leaves it as it is (a new deployment gets 0 %), 'NAME=PCT' or a bare 'PCT' for the deployed deployment (the others are scaled proportionally to make 100), or a full map 'blue=90, green=10'.",
  }),
  'mirror-traffic': input.string({
    description:
      "Mirrored (shadow) traffic: 'NAME=PCT' or a bare 'PCT' for the deployed deployment (at most 50, to one deployment without live traffic), or 'none' to stop mirroring. Empty keeps the endpoint's setting.",
  }),
  wait: input.boolean({
    default: true,
    description:
      'Wait until the deployment has provisioned (and traffic is applied). false returns once Azure accepted the deployment; traffic then cannot be changed in the same step.',
  }),
  timeout: input.duration({
    default: '30m',
    min: '1s',
    max: '6h',
    description: 'How long every wait of this step may take in total (90s, 30m, 1h30m).',
  }),
  'on-failure': input.enum(['keep', 'delete'], {
    default: 'keep',
    description:
      'When provisioning fails: keep the failed deployment for inspection, or delete what this step created or changed (never a deployment that receives traffic). Traffic is never changed after a failure.',
  }),
});

export type Inputs = InputValues<typeof spec>;

export interface TrafficInputs {
  live: TrafficRequest;
  mirror: MirrorRequest;
}

/** The inputs, parsed once (every bad input reported together). */
export function readInputs(source: InputSource, log: Logger): Inputs {
  return readSpec(spec, source, log);
}

/** The traffic inputs, checked against wait (traffic can only go to a deployment that provisioned). */
export function readTrafficInputs(inputs: Inputs): TrafficInputs {
  const live = parseTrafficInput(inputs.traffic);
  const mirror = parseMirrorInput(inputs.mirrorTraffic);
  if (!inputs.wait && (live.kind !== 'none' || mirror.kind !== 'keep')) {
    throw new UserError(
      `Input 'wait' is false, but 'traffic' or 'mirror-traffic' asks for a traffic change: traffic can only go to a ` +
        `deployment that has provisioned. Set wait: true, or change traffic in a later step.`,
    );
  }
  if (!inputs.wait && inputs.onFailure === 'delete') {
    throw new UserError(
      "Input 'on-failure' is delete but 'wait' is false: without waiting, a failed provisioning is never seen. " +
        'Set wait: true, or on-failure: keep.',
    );
  }
  return { live, mirror };
}
