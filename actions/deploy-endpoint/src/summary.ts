/** The job summary: endpoint, deployments (state, SKU, instances, traffic before/after), changes, assets, logs. */
import { formatElapsed, type SummaryBuilder } from '@aml-actions/action-kit';
import {
  formatTraffic,
  shareOf,
  type DeployReport,
  type DeploymentResource,
  type EndpointTraffic,
} from '@aml-actions/endpoints';

export function writeSummary(summary: SummaryBuilder, report: DeployReport): void {
  const { endpoint, outcome } = report;
  summary.heading(`Online endpoint ${endpoint.name}`);
  summary.status(...headline(report));
  summary.keyValue({
    Endpoint: `${endpoint.name} (${report.endpointAction})`,
    'Auth mode': endpoint.properties.authMode,
    'Scoring URI': endpoint.properties.scoringUri ?? undefined,
    'Swagger URI': endpoint.properties.swaggerUri ?? undefined,
    Deployment: report.deploymentName,
    'Blue/green': report.choice === undefined ? undefined : `${report.choice.name}: ${report.choice.reason}`,
    'Previous deployment': report.previousDeployment ?? 'none (no live traffic before)',
    'Traffic before': trafficText(report.trafficBefore),
    'Traffic after': trafficText(report.trafficAfter),
  });
  summary.heading('Deployments', 3);
  summary.table(
    ['Deployment', 'State', 'SKU', 'Instances', 'Traffic before', 'Traffic after'],
    deploymentsAfter(report).map((d) => [
      d.name,
      d.properties.provisioningState ?? 'Unknown',
      d.properties.instanceType ?? d.sku?.name ?? '',
      String(d.sku?.capacity ?? ''),
      shareText(report.trafficBefore, d.name),
      shareText(report.trafficAfter, d.name),
    ]),
  );
  const changes = [
    ...report.endpointChanges.map((line) => `endpoint ${line}`),
    ...(outcome.kind === 'created' || outcome.kind === 'updated' ? outcome.changes : []),
    ...report.notes,
  ];
  if (changes.length > 0) summary.details('Changes', (inner) => inner.list(changes));
  if (report.assets.length > 0) {
    summary.details('Assets', (inner) =>
      inner.table(
        ['Asset', 'Reference', 'Reused'],
        report.assets.map((a) => [a.what, { markdown: `\`${a.reference}\`` }, a.reused ? 'yes' : 'no']),
      ),
    );
  }
  if (outcome.kind === 'failed') {
    for (const [container, content] of Object.entries(outcome.logs)) {
      summary.details(
        `${container} log of ${report.deploymentName}`,
        (inner) => inner.code(content || '(empty)'),
        true,
      );
    }
  }
}

function headline(report: DeployReport): ['success' | 'failure' | 'info' | 'running', string] {
  const { outcome } = report;
  const name = report.deploymentName;
  switch (outcome.kind) {
    case 'failed':
      return [
        'failure',
        `Deployment ${name} failed after ${formatElapsed(outcome.elapsedMs)}: ${outcome.code}: ${outcome.message}`,
      ];
    case 'unchanged':
      return report.endpointAction === 'unchanged' && !report.trafficChanged
        ? [
            'info',
            'Nothing changed: the endpoint, the deployment and the traffic already matched the inputs.',
          ]
        : [
            'success',
            `Deployment ${name} was already up to date; ${report.trafficChanged ? 'traffic changed' : 'endpoint updated'}.`,
          ];
    default:
      return outcome.deployment.properties.provisioningState === 'Succeeded'
        ? ['success', `Deployment ${name} ${outcome.kind} in ${formatElapsed(outcome.elapsedMs)}.`]
        : [
            'running',
            `Deployment ${name} ${outcome.kind === 'created' ? 'is being created' : 'is updating'} (wait is false).`,
          ];
  }
}

/** The deployments as they were, with this run's deployment replaced by its new state. */
function deploymentsAfter(report: DeployReport): DeploymentResource[] {
  const current = report.outcome.deployment;
  const others = report.deploymentsBefore.filter(
    (d) => d.name.toLowerCase() !== report.deploymentName.toLowerCase(),
  );
  return current === undefined ? others : [...others, current].sort((a, b) => a.name.localeCompare(b.name));
}

function trafficText(traffic: EndpointTraffic): string {
  const mirror = Object.keys(traffic.mirror).length === 0 ? '' : `; mirror ${formatTraffic(traffic.mirror)}`;
  return `${formatTraffic(traffic.traffic)}${mirror}`;
}

function shareText(traffic: EndpointTraffic, name: string): string {
  const mirror = shareOf(traffic.mirror, name);
  return `${shareOf(traffic.traffic, name)}%${mirror > 0 ? ` (+${mirror}% mirror)` : ''}`;
}
