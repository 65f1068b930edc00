/**
 * ARM failures fed through the real SDK (its deserializer builds the RestError) and translated. The bodies follow
 * ARM's ErrorResponse (checked against common-types v3 below); the operations and names come from the official
 * 2022-10-01 examples.
 */
import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import {
  AggregateAuthenticationError,
  AuthenticationError,
  CredentialUnavailableError,
} from '@azure/identity';
import { UserError } from '@aml-actions/action-kit';
import {
  armJson,
  createMlClient,
  parseArmErrorBody,
  resolveCloud,
  translateArmError,
} from '@aml-actions/azure';
import { FakeArm, FakeCredential, type FakeReply } from './helpers/fake-arm.js';
import { commonTypes, exampleNames } from './helpers/azure-specs.js';

const { subscriptionId, resourceGroupName: rg, workspaceName: ws, endpointName } = exampleNames();
const wsScope = `/subscriptions/${subscriptionId}/resourceGroups/${rg}/providers/Microsoft.MachineLearningServices/workspaces/${ws}`;
const OBJECT_ID = '7f1c2a44-8e1b-4d3e-9a55-0c2f1d7b9e10';
/** Azure's words for an online endpoint name another workspace of the region holds (Azure/azureml-examples#1931). */
const NAME_TAKEN =
  'There is already an endpoint with this name, Endpoint name needs to be unique within a region. Try some other name.';
const NAME_TAKEN_PROBLEM = JSON.stringify({
  errors: { '': [NAME_TAKEN] },
  title: 'One or more validation errors occurred.',
});

const bodies = {
  expired: {
    error: {
      code: 'ExpiredAuthenticationToken',
      message:
        "The access token expiry UTC time '1/1/2026 10:00:00 AM' is earlier than current UTC time '1/1/2026 11:00:00 AM'.",
    },
  },
  wrongTenant: {
    error: {
      code: 'InvalidAuthenticationTokenTenant',
      message: `The access token is from the wrong issuer 'https://sts.windows.net/11111111-2222-3333-4444-555555555555/'. It must match the tenant associated with this subscription.`,
    },
  },
  authorizationFailed: {
    error: {
      code: 'AuthorizationFailed',
      message:
        `The client '${OBJECT_ID}' with object id '${OBJECT_ID}' does not have authorization to perform action ` +
        `'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/write' over scope '${wsScope}/onlineEndpoints/${endpointName}' ` +
        'or the scope is invalid. If access was recently granted, please refresh your credentials.',
    },
  },
  authorizationFailedRead: {
    error: {
      code: 'AuthorizationFailed',
      message:
        `The client '${OBJECT_ID}' with object id '${OBJECT_ID}' does not have authorization to perform action ` +
        `'Microsoft.MachineLearningServices/workspaces/read' over scope '${wsScope}' or the scope is invalid.`,
    },
  },
  notFound: {
    error: {
      code: 'ResourceNotFound',
      message: `The Resource 'Microsoft.MachineLearningServices/workspaces/${ws}' under resource group '${rg}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    },
  },
  conflict: {
    error: {
      code: 'UserError',
      message: 'There is already an operation in progress on this resource.',
      target: endpointName,
      details: [
        {
          code: 'Conflict',
          message: `Endpoint ${endpointName} is Updating; wait for the running operation to finish.`,
          details: [{ code: 'OperationInProgress', message: 'Operation id 42' }],
        },
      ],
      additionalInfo: [{ type: 'ComponentName', info: { value: 'managementfrontend' } }],
    },
  },
  throttled: {
    error: {
      code: 'SubscriptionRequestsThrottled',
      message: `Number of 'write' requests for subscription '${subscriptionId}' exceeded. Please try again after '17' seconds.`,
    },
  },
  endpointNameTaken: {
    error: {
      code: 'UserError',
      message: NAME_TAKEN,
      details: [{ code: 'InferencingClientCallFailed', message: NAME_TAKEN_PROBLEM }],
    },
  },
  endpointNameTakenProblemOnly: {
    error: {
      code: 'BadRequest',
      message: 'The request is invalid.',
      details: [{ code: 'InferencingClientCallFailed', message: NAME_TAKEN_PROBLEM }],
    },
  },
  validation: {
    error: {
      code: 'UserError',
      message: 'Traffic values need to sum to 100.',
      target: 'properties.traffic',
      details: [
        {
          code: 'InvalidTraffic',
          message: "Traffic of deployment 'blue' is 60, 'green' is 60.",
          target: 'traffic',
        },
      ],
    },
  },
};

describe('the error bodies used here', () => {
  it.each(Object.entries(bodies))('%s is an ARM ErrorResponse (common-types v3)', (_name, body) => {
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile({
      $ref: '#/definitions/ErrorResponse',
      definitions: commonTypes().definitions,
    });
    expect(validate(body)).toBe(true);
  });
});

function sdk(reply: FakeReply) {
  const arm = new FakeArm().on('GET', /./, reply).on('PUT', /./, reply);
  const cloud = resolveCloud('AzureCloud', {});
  return createMlClient(cloud, new FakeCredential(), subscriptionId, {
    httpClient: arm,
    retryOptions: { maxRetries: 0 },
  });
}

async function failureOf(promise: Promise<unknown>, resource?: string): Promise<UserError> {
  try {
    await promise;
  } catch (e) {
    const translated = translateArmError(e, {
      action: 'Deploying',
      ...(resource === undefined ? {} : { resource }),
    });
    if (!(translated instanceof UserError)) throw new Error(`not a UserError: ${String(translated)}`);
    return translated;
  }
  throw new Error('expected a failure');
}

const putEndpoint = (client: ReturnType<typeof sdk>) =>
  client.onlineEndpoints.beginCreateOrUpdateAndWait(rg, ws, endpointName, {
    location: 'westeurope',
    properties: { authMode: 'Key' },
  });

describe('translateArmError', () => {
  it('401 expired token: says so and hints at the token', async () => {
    const error = await failureOf(sdk({ status: 401, body: bodies.expired }).workspaces.get(rg, ws));
    expect(error.kind).toBe('permission');
    expect(error.message).toMatch(
      /^Deploying failed: HTTP 401 ExpiredAuthenticationToken: The access token expiry/,
    );
    expect(error.message).toMatch(/Hint: The access token expired/);
  });

  it('401 wrong tenant: hints at tenant-id', async () => {
    const error = await failureOf(sdk({ status: 401, body: bodies.wrongTenant }).workspaces.get(rg, ws));
    expect(error.message).toMatch(/HTTP 401 InvalidAuthenticationTokenTenant/);
    expect(error.message).toMatch(/Hint: .*set 'tenant-id' to the tenant of the subscription/);
  });

  it('403 AuthorizationFailed: names the identity, the action, the scope and how to grant a role', async () => {
    const error = await failureOf(putEndpoint(sdk({ status: 403, body: bodies.authorizationFailed })));
    expect(error.kind).toBe('permission');
    expect(error.message).toContain('HTTP 403 AuthorizationFailed');
    expect(error.message).toContain(
      `Hint: The identity ${OBJECT_ID} (object id ${OBJECT_ID}) may not perform Microsoft.MachineLearningServices/workspaces/onlineEndpoints/write`,
    );
    expect(error.message).toContain(
      `az role assignment create --assignee-object-id ${OBJECT_ID} --assignee-principal-type ServicePrincipal --role "AzureML Data Scientist" --scope ${wsScope} `,
    );
  });

  it('403 on a read suggests Reader', async () => {
    const error = await failureOf(
      sdk({ status: 403, body: bodies.authorizationFailedRead }).workspaces.get(rg, ws),
    );
    expect(error.message).toContain(`--role "Reader" --scope ${wsScope} `);
  });

  it('404: kind not-found, names the resource and the inputs to check', async () => {
    const error = await failureOf(
      sdk({ status: 404, body: bodies.notFound }).onlineEndpoints.get(rg, ws, endpointName),
      `online endpoint '${endpointName}'`,
    );
    expect(error.kind).toBe('not-found');
    expect(error.message).toContain(
      `HTTP 404 ResourceNotFound: The Resource 'Microsoft.MachineLearningServices/workspaces/${ws}'`,
    );
    expect(error.message).toMatch(
      /Hint: Check that online endpoint 'testEndpointName' exists\. Check the inputs 'subscription-id', 'resource-group' and 'workspace'/,
    );
  });

  it('409: kind conflict, with target, nested details and a re-run hint', async () => {
    const error = await failureOf(
      putEndpoint(
        sdk({ status: 409, body: bodies.conflict, headers: { 'x-ms-correlation-request-id': 'corr-123' } }),
      ),
    );
    expect(error.kind).toBe('conflict');
    expect(error.message.split('\n')).toEqual([
      `Deploying failed: HTTP 409 UserError: There is already an operation in progress on this resource. (target: ${endpointName})`,
      `  - Conflict: Endpoint ${endpointName} is Updating; wait for the running operation to finish.`,
      '    - OperationInProgress: Operation id 42',
      expect.stringMatching(/^Hint: The resource is being changed by another operation/),
      '(Azure correlation id: corr-123)',
    ]);
  });

  it('429: throttling hint', async () => {
    const error = await failureOf(sdk({ status: 429, body: bodies.throttled }).workspaces.get(rg, ws));
    expect(error.kind).toBe('service');
    expect(error.message).toContain('HTTP 429 SubscriptionRequestsThrottled');
    expect(error.message).toContain('Hint: Azure Resource Manager throttled the requests');
  });

  it('400: kind input, with the target and details, no hint', async () => {
    const error = await failureOf(putEndpoint(sdk({ status: 400, body: bodies.validation })));
    expect(error.kind).toBe('input');
    expect(error.message).toBe(
      'Deploying failed: HTTP 400 UserError: Traffic values need to sum to 100. (target: properties.traffic)\n' +
        "  - InvalidTraffic: Traffic of deployment 'blue' is 60, 'green' is 60. (target: traffic)",
    );
  });

  it('400 endpoint name taken in the region: explains the regional rule and how to name each environment', async () => {
    const error = await failureOf(putEndpoint(sdk({ status: 400, body: bodies.endpointNameTaken })));
    expect(error.kind).toBe('input');
    expect(error.message.split('\n')).toEqual([
      `Deploying failed: HTTP 400 UserError: ${NAME_TAKEN}`,
      `  - InferencingClientCallFailed: ${NAME_TAKEN_PROBLEM}`,
      'Hint: Online endpoint names are unique per Azure region across all workspaces and subscriptions (the scoring ' +
        'URI is https://<name>.<region>.inference.ml.azure.com): a workspace in this region, such as the one of ' +
        'another environment, already has an endpoint of that name. Give each environment its own name (e.g. ' +
        "'churn-staging', 'churn-prod') through deploy-endpoint's 'endpoint-name' input or the endpoint YAML's 'name'.",
    ]);
  });

  it('finds the endpoint name rule in a detail too', async () => {
    const error = await failureOf(
      putEndpoint(sdk({ status: 400, body: bodies.endpointNameTakenProblemOnly })),
    );
    expect(error.message).toContain('HTTP 400 BadRequest: The request is invalid.');
    expect(error.message).toContain('Hint: Online endpoint names are unique per Azure region');
  });

  it('translates the RestError of a raw armJson call the same way', async () => {
    const client = sdk({ status: 404, body: bodies.notFound });
    const error = await failureOf(
      armJson(client, { method: 'GET', path: wsScope, apiVersion: '2024-04-01' }),
    );
    expect(error.message).toContain('HTTP 404 ResourceNotFound');
  });

  it.each([
    ['text/html', 'HTTP 502 HTTP502: <html>Bad Gateway</html>'],
    ['application/json', 'HTTP 502 HTTP502: <html>Bad Gateway</html>'],
  ])('a %s body that is not JSON keeps the HTTP status and text', async (contentType, expected) => {
    const reply = { status: 502, text: '<html>Bad Gateway</html>', headers: { 'content-type': contentType } };
    const error = await failureOf(sdk(reply).workspaces.get(rg, ws));
    expect(error.kind).toBe('service');
    expect(error.message).toContain(expected);
    expect(error.message).toContain('server-side failure');
  });

  it('explains Entra ID sign-in failures (no matching federated credential)', () => {
    const signIn = new AuthenticationError(400, {
      error: 'invalid_client',
      error_description:
        "AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:contoso/churn-model:environment:prod'.",
      error_codes: [700213],
    });
    const error = translateArmError(signIn, { action: 'Reading workspace dev' });
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ kind: 'permission' });
    expect(error.message).toMatch(/^Reading workspace dev failed: Azure sign-in failed: .*AADSTS700213/s);
    expect(error.message).toContain('subject repo:OWNER/REPO:environment:NAME');
  });

  it('explains that no credential could sign in, with what each said and how to configure one', () => {
    const none = new AggregateAuthenticationError(
      [
        new CredentialUnavailableError(
          'EnvironmentCredential is unavailable. No underlying credential could be used. To troubleshoot, visit https://aka.ms/azsdk/js/identity/environmentcredential/troubleshoot.',
        ),
        new CredentialUnavailableError(
          "Azure Developer CLI couldn't be found. To mitigate this issue, see https://aka.ms/x",
        ),
      ],
      'ChainedTokenCredential authentication failed.',
    );
    const error = translateArmError(none, { action: 'Reading workspace dev' });
    expect(error).toMatchObject({ kind: 'permission' });
    expect(error.message).toMatch(
      /^Reading workspace dev failed: Azure sign-in failed: no Azure credential could get a token\. Tried:\n {2}- EnvironmentCredential is unavailable\. No underlying credential could be used\.\n {2}- Azure Developer CLI couldn't be found\.\nConfigure one of:\n/,
    );
    expect(error.message).toContain("'permissions: id-token: write'");
    expect(error.message).toContain('azure/login');
  });

  it('leaves bugs and user errors alone, and wraps non-Error throws', () => {
    const bug = new TypeError('x is undefined');
    expect(translateArmError(bug, { action: 'a' })).toBe(bug);
    const user = new UserError('bad input');
    expect(translateArmError(user, { action: 'a' })).toBe(user);
    const wrapped = translateArmError('plain string', { action: 'a' });
    expect(wrapped).toBeInstanceOf(Error);
    expect(wrapped.message).toBe('plain string');
  });
});

describe('parseArmErrorBody', () => {
  it.each([
    [JSON.stringify(bodies.notFound), 'ResourceNotFound'],
    [JSON.stringify({ code: 'Bare', message: 'no envelope' }), 'Bare'],
    ['not json', undefined],
    ['', undefined],
    ['[1,2]', undefined],
    ['{"error":"text"}', undefined],
  ])('%s → %s', (text, code) => {
    expect(parseArmErrorBody(text)?.code).toBe(code);
  });
});
