import { describe, expect, it } from '@jest/globals';
import type { ModelVersion } from '@azure/arm-machinelearning';
import { copyTags, findCopy, type CopySource } from '@aml-actions/promotion';
import { recordingLogger, registry } from './fakes.js';

const copy: CopySource = {
  workspaceId:
    '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/staging',
  modelId:
    '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/staging/models/churn/versions/3',
  name: 'churn',
  version: '3',
};
const HASH = `sha256:${'a'.repeat(64)}`;

describe('copyTags', () => {
  const source: ModelVersion = {
    properties: {
      tags: {
        team: 'risk',
        'git-commit': 'training-sha',
        'source-model-id': 'dev-version-id',
        'promotion-azureml-job': 'stale',
        'content-hash': 'old',
        dropped: null,
      },
    },
  };

  it("keeps the source's own tags, adds the user's, and sets provenance last", () => {
    const logger = recordingLogger();
    const tags = copyTags(
      source,
      copy,
      HASH,
      { sha: 'promo-sha', actor: 'release-manager', repository: 'contoso/churn', runId: '9' },
      { 'approved-for': 'prod', 'source-model-version': '1', 'promotion-github-actor': 'me' },
      logger,
    );
    expect(tags).toEqual({
      team: 'risk',
      'git-commit': 'training-sha',
      'approved-for': 'prod',
      'source-workspace-id': copy.workspaceId,
      'source-model-id': copy.modelId,
      'source-model-name': 'churn',
      'source-model-version': '3',
      'content-hash': HASH,
      'promotion-git-commit': 'promo-sha',
      'promotion-git-repository': 'contoso/churn',
      'promotion-github-run-url': 'https://github.com/contoso/churn/actions/runs/9',
      'promotion-github-actor': 'release-manager',
    });
    expect(logger.lines).toEqual([
      'warning: tags: source-model-version, promotion-github-actor are provenance tags this action sets itself; the given value is ignored.',
    ]);
  });
});

describe('findCopy', () => {
  it('finds the newest copy of the source version (ids compared case-insensitively)', async () => {
    const prod = registry('prod');
    prod.add('churn', '1', { 'source-model-id': copy.modelId.toLowerCase(), 'content-hash': HASH });
    prod.add('churn', '2', { 'source-model-id': copy.modelId, 'content-hash': HASH });
    prod.add('churn', '3', { 'source-model-id': `${copy.modelId}0`, 'content-hash': HASH });
    prod.add('churn', '4', { 'content-hash': HASH });
    await expect(findCopy(prod, 'churn', copy, HASH)).resolves.toMatchObject({ name: '2' });
    await expect(findCopy(prod, 'churn', copy, undefined)).resolves.toMatchObject({ name: '2' });
  });

  it('does not take a copy whose content differs from what the source declares now', async () => {
    const prod = registry('prod');
    prod.add('churn', '1', { 'source-model-id': copy.modelId, 'content-hash': HASH });
    await expect(findCopy(prod, 'churn', copy, `sha256:${'b'.repeat(64)}`)).resolves.toBeUndefined();
    await expect(findCopy(prod, 'other', copy, HASH)).resolves.toBeUndefined();
  });
});
