import { describe, expect, it } from '@jest/globals';
import { CONTENT_HASH_TAG, githubContextFromEnv, lineageTags, workflowRunUrl } from '@aml-actions/assets';

describe('workflowRunUrl', () => {
  it.each([
    [{ repository: 'o/r', runId: '5' }, 'https://github.com/o/r/actions/runs/5'],
    [
      { repository: 'o/r', runId: '5', runAttempt: '2', serverUrl: 'https://ghe.example' },
      'https://ghe.example/o/r/actions/runs/5/attempts/2',
    ],
    [{ repository: 'o/r' }, undefined],
  ])('%j → %s', (context, expected) => {
    expect(workflowRunUrl(context)).toBe(expected);
  });
});

describe('lineageTags', () => {
  it('tags only the facts that are known, and the content hash when there is one', () => {
    const context = githubContextFromEnv({ GITHUB_SHA: 'abc', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7' });
    expect(lineageTags(context, 'sha256:00', 'job-1')).toEqual({
      'git-commit': 'abc',
      'git-repository': 'o/r',
      'github-run-url': 'https://github.com/o/r/actions/runs/7',
      'azureml-job': 'job-1',
      [CONTENT_HASH_TAG]: 'sha256:00',
    });
    expect(lineageTags({}, '')).toEqual({});
  });
});
