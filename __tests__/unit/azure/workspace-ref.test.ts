import { describe, expect, it } from '@jest/globals';
import { UserError } from '@aml-actions/action-kit';
import { parseWorkspaceId, resolveWorkspaceRef, workspaceArmId } from '@aml-actions/azure';

const SUB = '00000000-1111-2222-3333-444444444444';
const ID = `/subscriptions/${SUB}/resourceGroups/rg-mlops/providers/Microsoft.MachineLearningServices/workspaces/dev`;
const expected = { subscriptionId: SUB, resourceGroup: 'rg-mlops', workspace: 'dev', id: ID };

describe('parseWorkspaceId', () => {
  it.each([
    ID,
    `${ID}/`,
    `  ${ID}  `,
    ID.toLowerCase(),
    `/SUBSCRIPTIONS/${SUB}/RESOURCEGROUPS/rg-mlops/PROVIDERS/MICROSOFT.MACHINELEARNINGSERVICES/WORKSPACES/dev`,
  ])('parses %s', (id) => {
    expect(parseWorkspaceId(id)).toEqual(expected);
  });

  it.each([
    [`/subscriptions/${SUB}/resourceGroups/rg-mlops`, /not an Azure ML workspace id/],
    [`${ID}/onlineEndpoints/churn`, /not an Azure ML workspace id/],
    [
      `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/dev`,
      /not an Azure ML/,
    ],
    [ID.replace(SUB, 'my-subscription'), /'my-subscription', which is not a subscription id/],
    [ID.replace('/dev', '/x'), /workspace 'x', which is not a valid workspace name/],
    [ID.replace('rg-mlops', 'rg.'), /resource group 'rg\.', which is not a valid name/],
  ])('rejects %s', (id, message) => {
    expect(() => parseWorkspaceId(id)).toThrow(UserError);
    expect(() => parseWorkspaceId(id)).toThrow(message);
    expect(() => parseWorkspaceId(id)).toThrow(/Input 'workspace-id'/);
  });
});

describe('resolveWorkspaceRef', () => {
  const three = { subscriptionId: SUB, resourceGroup: 'rg-mlops', workspace: 'dev' };

  it('takes the three inputs', () => {
    expect(resolveWorkspaceRef(three, {})).toEqual(expected);
  });

  it('takes workspace-id alone', () => {
    expect(resolveWorkspaceRef({ workspaceId: ID, workspace: '', resourceGroup: '  ' }, {})).toEqual(
      expected,
    );
  });

  it('accepts both forms when they agree (case-insensitively)', () => {
    expect(resolveWorkspaceRef({ ...three, resourceGroup: 'RG-MLOPS', workspaceId: ID }, {})).toEqual(
      expected,
    );
  });

  it('falls back to AZURE_SUBSCRIPTION_ID', () => {
    expect(
      resolveWorkspaceRef({ resourceGroup: 'rg-mlops', workspace: 'dev' }, { AZURE_SUBSCRIPTION_ID: SUB }),
    ).toEqual(expected);
  });

  it('prefers the input over AZURE_SUBSCRIPTION_ID', () => {
    const other = '99999999-1111-2222-3333-444444444444';
    expect(resolveWorkspaceRef(three, { AZURE_SUBSCRIPTION_ID: other }).subscriptionId).toBe(SUB);
  });

  it.each([
    [
      { ...three, workspace: 'prod', workspaceId: ID },
      /Input 'workspace' is 'prod' but input 'workspace-id' names 'dev'/,
    ],
    [{ resourceGroup: 'other', workspaceId: ID }, /Input 'resource-group' is 'other'/],
    [
      { resourceGroup: 'rg-mlops', workspace: 'dev' },
      /'subscription-id' \(or the AZURE_SUBSCRIPTION_ID environment variable\) is missing/,
    ],
    [{ subscriptionId: SUB }, /input 'resource-group' and 'workspace' are missing/],
    [{}, /No workspace given/],
    [{ ...three, subscriptionId: 'abc' }, /Input 'subscription-id' gives the subscription 'abc'/],
  ])('rejects %j', (values, message) => {
    expect(() => resolveWorkspaceRef(values, {})).toThrow(message);
  });

  it('names the environment variable when the fallback subscription is bad', () => {
    expect(() =>
      resolveWorkspaceRef({ resourceGroup: 'rg', workspace: 'dev' }, { AZURE_SUBSCRIPTION_ID: 'nope' }),
    ).toThrow(/Environment variable AZURE_SUBSCRIPTION_ID gives the subscription 'nope'/);
  });

  it('builds canonical ARM ids', () => {
    expect(workspaceArmId(SUB, 'rg-mlops', 'dev')).toBe(ID);
  });
});
