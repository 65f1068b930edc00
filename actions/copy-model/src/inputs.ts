/** The inputs of copy-model, declared once as data (compared with action.yml by the metadata test). */
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

const VERSION = /^(?:latest|[a-zA-Z0-9][a-zA-Z0-9\-_.]{0,254})$/;

export const spec = defineInputs({
  ...azureInputSpec,
  'source-workspace-id': input.string({
    description:
      'Full ARM id of the workspace to copy from (/subscriptions/…/resourceGroups/…/providers/Microsoft.MachineLearningServices/workspaces/…), instead of source-subscription-id, source-resource-group and source-workspace.',
  }),
  'source-subscription-id': input.string({
    description:
      "Subscription id (GUID) of the workspace to copy from. Default: the target workspace's subscription.",
  }),
  'source-resource-group': input.string({
    description: 'Resource group of the workspace to copy from. Not needed with source-workspace-id.',
  }),
  'source-workspace': input.string({
    description: 'Name of the workspace to copy from (e.g. staging). Not needed with source-workspace-id.',
  }),
  'model-name': input.string({
    required: true,
    description: 'Name of the model in the source workspace.',
  }),
  'model-version': input.string({
    required: true,
    pattern: VERSION,
    expected: "a version such as 3, or 'latest'",
    description:
      "Version to copy, e.g. 3. 'latest' takes the newest version once, logs it and copies that pinned version; prefer passing the version the previous stage produced.",
  }),
  'target-model-name': input.string({
    description: 'Name of the model in the target workspace. Default: model-name.',
  }),
  tags: input.map({
    description:
      "Tags added to the copy, key=value pairs separated by commas or new lines, over the source version's tags. Provenance tags (source-*, promotion-*, content-hash) are set by the action.",
  }),
  description: input.string({
    description: "Description of the copy. Default: the source version's description.",
  }),
  concurrency: input.number({
    default: 8,
    min: 1,
    max: 64,
    integer: true,
    description: 'Files downloaded, and then uploaded, at the same time.',
  }),
});

export type Inputs = InputValues<typeof spec>;

/** The inputs, parsed once (every bad input reported together), then the checks across inputs. */
export function readInputs(source: InputSource, log: Logger): Inputs {
  const inputs = readSpec(spec, source, log);
  if (
    inputs.sourceWorkspaceId === undefined &&
    (inputs.sourceResourceGroup === undefined || inputs.sourceWorkspace === undefined)
  ) {
    throw new UserError(
      'No source workspace given: set source-workspace-id to its full ARM id, or source-resource-group and source-workspace ' +
        "(and source-subscription-id when it is not the target's subscription).",
    );
  }
  return inputs;
}
