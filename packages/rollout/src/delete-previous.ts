/**
 * `delete-previous`: after a promotion, delete the deployments the endpoint no longer sends any traffic to (0 % live
 * and not mirrored), never the promoted one. Azure ML refuses to delete a deployment with live traffic, and a
 * mirrored one still receives copies, so both are kept and the log says why. Each deletion is waited for; a failed
 * one is reported (a warning: the promotion is done, a re-run deletes what is left) and the others still run.
 */
import { errorMessage } from '@aml-actions/action-kit';
import { runLro } from '@aml-actions/azure';
import {
  deploymentPath,
  listDeployments,
  shareOf,
  type ArmContext,
  type EndpointTraffic,
} from '@aml-actions/endpoints';

export interface DeletionReport {
  deleted: string[];
  kept: { name: string; reason: string }[];
  failed: { name: string; error: string }[];
}

export async function deletePrevious(
  ctx: ArmContext,
  endpointName: string,
  promoted: string,
  maps: EndpointTraffic,
): Promise<DeletionReport> {
  const report: DeletionReport = { deleted: [], kept: [], failed: [] };
  let deployments: { name: string }[];
  try {
    deployments = await listDeployments(ctx, endpointName);
  } catch (error) {
    ctx.logger.warning(
      `delete-previous: listing the deployments of '${endpointName}' failed: ${errorMessage(error)}. ` +
        'Nothing was deleted; re-run to delete them (the promotion itself is done).',
    );
    return {
      ...report,
      failed: [{ name: `the deployments of '${endpointName}'`, error: errorMessage(error) }],
    };
  }
  for (const { name } of deployments) {
    if (name.toLowerCase() === promoted.toLowerCase()) continue;
    const live = shareOf(maps.traffic, name);
    const mirrored = shareOf(maps.mirror, name);
    if (live > 0 || mirrored > 0) {
      const reason =
        live > 0 ? `it has ${live}% of live traffic` : `it receives ${mirrored}% mirrored traffic`;
      ctx.logger.info(`delete-previous: keeping deployment '${name}': ${reason}.`);
      report.kept.push({ name, reason });
      continue;
    }
    ctx.logger.info(`delete-previous: deleting deployment '${name}' (0% of live traffic, not mirrored).`);
    try {
      const result = await runLro(ctx, {
        method: 'DELETE',
        path: deploymentPath(ctx, endpointName, name),
        label: `deployment ${name}`,
        runningState: 'Deleting',
        wait: true,
      });
      if (result.status === 'Succeeded') report.deleted.push(name);
      else report.failed.push({ name, error: `${result.status}: ${result.error?.message ?? 'no message'}` });
    } catch (error) {
      report.failed.push({ name, error: errorMessage(error) });
    }
  }
  for (const { name, error } of report.failed) {
    ctx.logger.warning(
      `delete-previous: deleting deployment '${name}' failed: ${error}. Delete it by hand or re-run.`,
    );
  }
  return report;
}
