/**
 * Before traffic or test requests go to one deployment: it must exist and have provisioned. One check for every
 * action that targets a deployment by name, so each says the same thing the same way.
 */
import { UserError, didYouMean } from '@aml-actions/action-kit';

export interface NamedDeployment {
  name: string;
  properties: { provisioningState?: string };
}

export interface ReadinessAdvice {
  /** What to do when the deployment does not exist (the last sentence of the error). */
  missing: string;
  /** Why it must have provisioned, e.g. 'only a deployment that provisioned can take traffic'. */
  purpose: string;
}

/**
 * The deployment named `deploymentName` (case-insensitive, as Azure compares names) among `deployments`, when it is
 * Succeeded; otherwise one UserError naming the deployments there are, or its state and what to do.
 */
export function requireReadyDeployment<T extends NamedDeployment>(
  deployments: readonly T[],
  where: { endpoint: string; workspace: string },
  deploymentName: string,
  advice: ReadinessAdvice,
): T {
  const endpointName = where.endpoint;
  const found = deployments.find((d) => d.name.toLowerCase() === deploymentName.toLowerCase());
  if (found === undefined) {
    const names = deployments.map((d) => d.name).sort();
    const hint = didYouMean(deploymentName, names);
    throw new UserError(
      `Input 'deployment-name' is '${deploymentName}', but online endpoint '${endpointName}' in workspace '${where.workspace}' ` +
        `has no deployment of that name (${names.length === 0 ? 'it has none' : `it has: ${names.join(', ')}`})${hint === '' ? '' : `; ${hint}`}. ` +
        advice.missing,
      { kind: 'not-found' },
    );
  }
  const state = found.properties.provisioningState ?? 'Unknown';
  if (state !== 'Succeeded') {
    throw new UserError(
      `Deployment '${found.name}' of online endpoint '${endpointName}' is ${state}, not Succeeded: ${advice.purpose}. ${
        state === 'Failed' || state === 'Canceled'
          ? 'Fix and redeploy it (deploy-endpoint shows its container logs).'
          : 'Wait until its operation has finished (deploy-endpoint with wait: true), then run again.'
      }`,
      { kind: 'conflict' },
    );
  }
  return found;
}
