/**
 * The container logs of an online deployment (getLogs): the inference server (the scoring script's output, where
 * a failing init shows its traceback) and the storage initializer (model and code download). A log that cannot be
 * read says why instead of hiding the failure being reported.
 */
import { errorMessage } from '@aml-actions/action-kit';
import type { ArmContext } from './arm-context.js';

export const CONTAINERS = ['InferenceServer', 'StorageInitializer'] as const;
export type ContainerType = (typeof CONTAINERS)[number];

export type ContainerLogs = Record<ContainerType, string>;

/** Lines asked for per container. */
export const LOG_TAIL_LINES = 300;

export async function fetchContainerLogs(
  ctx: ArmContext,
  endpoint: string,
  deployment: string,
  tail = LOG_TAIL_LINES,
): Promise<ContainerLogs> {
  const { resourceGroup, workspace } = ctx.workspace;
  const read = async (containerType: ContainerType): Promise<string> => {
    try {
      const logs = await ctx.client.onlineDeployments.getLogs(
        resourceGroup,
        workspace,
        endpoint,
        deployment,
        { containerType, tail },
        { abortSignal: ctx.signal },
      );
      return logs.content ?? '';
    } catch (error) {
      return `(could not read the ${containerType} log: ${errorMessage(error).split('\n')[0] ?? ''})`;
    }
  };
  const [inference, storage] = await Promise.all(CONTAINERS.map(read));
  return { InferenceServer: inference ?? '', StorageInitializer: storage ?? '' };
}
