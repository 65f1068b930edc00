/**
 * ARM and Entra ID failures turned into one readable UserError: HTTP status, code, message, target, details, and
 * a hint for what the user can do (401 token, 403 role assignment, 404 names, 409 concurrent operation, 429 throttling,
 * an online endpoint name taken in the region).
 */
import { isRestError, type RestError } from '@azure/core-rest-pipeline';
import { UserError, errorMessage, type UserErrorKind } from '@aml-actions/action-kit';
import { signInFailure } from './sign-in-errors.js';

/** ARM's ErrorDetail (common-types v3 ErrorResponse.error). */
export interface ArmErrorDetail {
  code?: string;
  message?: string;
  target?: string;
  details?: ArmErrorDetail[];
  additionalInfo?: { type?: string; info?: unknown }[];
}

export interface ArmErrorContext {
  /** What was being done, e.g. "Creating online endpoint 'churn'". */
  action: string;
  /** The resource concerned, e.g. "online endpoint 'churn' in workspace 'dev'". */
  resource?: string;
}

/** The `error` object of an ARM ErrorResponse body, or undefined when the text is not one. */
export function parseArmErrorBody(text: string | undefined): ArmErrorDetail | undefined {
  if (!text) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const error = isObject(parsed) ? (parsed.error ?? parsed) : undefined;
  if (!isObject(error)) return undefined;
  return typeof error.code === 'string' || typeof error.message === 'string' ? error : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * A UserError for an ARM RestError or an Entra ID sign-in failure; any other error is returned as it is (a bug).
 * Use as `throw translateArmError(e, { action: 'Reading workspace dev' })`.
 */
export function translateArmError(e: unknown, context: ArmErrorContext): Error {
  if (e instanceof UserError) return e;
  if (isRestError(e)) return fromRestError(e, context);
  const signIn = signInFailure(e);
  if (signIn) return new UserError(`${context.action} failed: ${signIn}`, { kind: 'permission', cause: e });
  return e instanceof Error ? e : new Error(errorMessage(e));
}

function fromRestError(e: RestError, context: ArmErrorContext): UserError {
  const status = e.statusCode ?? 0;
  const detail = parseArmErrorBody(e.response?.bodyAsText ?? undefined) ?? {};
  const unparsable = e.code === 'PARSE_ERROR';
  const code = detail.code ?? (unparsable ? undefined : e.code) ?? `HTTP${status}`;
  const message = truncate(detail.message ?? (unparsable ? (e.response?.bodyAsText ?? '') : e.message));
  const lines = [
    `${context.action} failed: HTTP ${status} ${code}: ${message}${detail.target ? ` (target: ${detail.target})` : ''}`,
    ...flattenDetails(detail.details ?? [], '  - '),
  ];
  const hint =
    endpointNameHint([message, ...detailMessages(detail.details ?? [])]) ??
    hintFor(status, code, message, context);
  if (hint) lines.push(`Hint: ${hint}`);
  const requestId =
    e.response?.headers.get('x-ms-correlation-request-id') ?? e.response?.headers.get('x-ms-request-id');
  if (requestId) lines.push(`(Azure correlation id: ${requestId})`);
  return new UserError(lines.join('\n'), { kind: kindFor(status), cause: e });
}

/** Gateways answer with whole HTML pages; keep the start. */
function truncate(text: string, max = 500): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function flattenDetails(details: ArmErrorDetail[], indent: string): string[] {
  return details.flatMap((d) => [
    `${indent}${d.code ?? 'detail'}: ${d.message ?? ''}${d.target ? ` (target: ${d.target})` : ''}`,
    ...flattenDetails(d.details ?? [], `  ${indent}`),
  ]);
}

function detailMessages(details: ArmErrorDetail[]): string[] {
  return details.flatMap((d) => [d.message ?? '', ...detailMessages(d.details ?? [])]);
}

function kindFor(status: number): UserErrorKind {
  if (status === 401 || status === 403) return 'permission';
  if (status === 404) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status >= 400 && status < 429) return 'input';
  return 'service';
}

/** Azure's answer to an endpoint name another workspace of the region holds (in the message or a detail). */
const ENDPOINT_NAME_TAKEN = /endpoint names? (?:needs to|must) be unique within (?:a|the) region/i;

const ENDPOINT_NAME_HINT =
  'Online endpoint names are unique per Azure region across all workspaces and subscriptions (the scoring URI is ' +
  'https://<name>.<region>.inference.ml.azure.com): a workspace in this region, such as the one of another ' +
  "environment, already has an endpoint of that name. Give each environment its own name (e.g. 'churn-staging', " +
  "'churn-prod') through deploy-endpoint's 'endpoint-name' input or the endpoint YAML's 'name'.";

function endpointNameHint(messages: string[]): string | undefined {
  return messages.some((m) => ENDPOINT_NAME_TAKEN.test(m)) ? ENDPOINT_NAME_HINT : undefined;
}

const AUTHORIZATION_FAILED =
  /client '([^']+)' with object id '([^']+)' does not have authorization to perform action '([^']+)' over scope '([^']+)'/i;

function hintFor(
  status: number,
  code: string,
  message: string,
  context: ArmErrorContext,
): string | undefined {
  switch (status) {
    case 401:
      return unauthorizedHint(code);
    case 403:
      return forbiddenHint(message);
    case 404:
      return (
        `${context.resource ? `Check that ${context.resource} exists. ` : ''}Check the inputs 'subscription-id', ` +
        `'resource-group' and 'workspace' (or 'workspace-id') and the resource name: names must match an existing ` +
        `resource, and the identity must be able to see the subscription.`
      );
    case 409:
      return (
        `${context.resource ?? 'The resource'} is being changed by another operation, or is in a state that does ` +
        `not allow this change. Wait for the other operation to finish (see the Azure ML studio or 'az ml' for its state) ` +
        `and run again; the actions are safe to re-run.`
      );
    case 429:
      return (
        'Azure Resource Manager throttled the requests (after the SDK retries). Wait a few minutes, or run fewer jobs ' +
        'against this subscription at the same time.'
      );
    default:
      return status >= 500 ? 'Azure had a server-side failure; running again usually succeeds.' : undefined;
  }
}

function unauthorizedHint(code: string): string {
  if (/expired/i.test(code)) {
    return 'The access token expired. Re-run the job; with OIDC sign-in each token request gets a fresh GitHub ID token.';
  }
  if (/tenant/i.test(code)) {
    return "The token was issued by another tenant than the subscription's: set 'tenant-id' to the tenant of the subscription.";
  }
  if (/audience/i.test(code)) {
    return "The token's audience does not fit this Azure Resource Manager: check the 'cloud' input (and AZUREML_CLOUD_ARM_AUDIENCE).";
  }
  return "The access token was rejected: it expired, or it is for the wrong tenant or cloud. Check 'tenant-id', 'client-id' and 'cloud'.";
}

function forbiddenHint(message: string): string {
  const match = AUTHORIZATION_FAILED.exec(message);
  if (!match) {
    return "The signed-in identity lacks a role on this workspace. Grant it 'AzureML Data Scientist' (write) or 'Reader' (read) on the workspace.";
  }
  const [, client = '', objectId = '', action = '', scope = ''] = match;
  const role = /\/read$/i.test(action) ? 'Reader' : 'AzureML Data Scientist';
  return (
    `The identity ${client} (object id ${objectId}) may not perform ${action} on ${scope}. Grant it a role that ` +
    `allows it, e.g.: az role assignment create --assignee-object-id ${objectId} --assignee-principal-type ServicePrincipal ` +
    `--role "${role}" --scope ${scope.replace(/\/(?:onlineEndpoints|models|jobs|datastores|schedules)\/.*$/i, '')}` +
    ' (new role assignments can take a few minutes to apply).'
  );
}
