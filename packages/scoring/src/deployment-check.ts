/**
 * Before scoring one deployment directly (the azureml-model-deployment header): it must exist and have provisioned,
 * else every request would fail with a 404 that says less than this check does.
 */
import type { Logger } from '@aml-actions/action-kit';
import { translateArmError } from '@aml-actions/azure';
import { requireReadyDeployment, type NamedDeployment } from '@aml-actions/endpoints';
import type { ScoringSession } from './scoring-target.js';

/** Checks that the deployment exists and is Succeeded; throws a UserError naming the deployments there are. */
export async function checkDeploymentReady(
  session: ScoringSession,
  endpointName: string,
  deploymentName: string,
  log: Logger,
  signal?: AbortSignal,
): Promise<void> {
  const { mlClient, workspace } = session;
  const rg = workspace.resourceGroup;
  const ws = workspace.workspace;
  const deployments: NamedDeployment[] = [];
  try {
    for await (const found of mlClient.onlineDeployments.list(rg, ws, endpointName, {
      abortSignal: signal,
    })) {
      if (found.name !== undefined) deployments.push({ name: found.name, properties: found.properties });
    }
  } catch (error) {
    throw translateArmError(error, {
      action: `Listing the deployments of online endpoint '${endpointName}'`,
    });
  }
  requireReadyDeployment(deployments, { endpoint: endpointName, workspace: ws }, deploymentName, {
    missing: "Check 'deployment-name', or leave it empty to score through the endpoint's traffic split.",
    purpose: 'it cannot be smoke-tested',
  });
  log.info(
    `Deployment ${deploymentName}: Succeeded; requests go to it directly (azureml-model-deployment header).`,
  );
}
