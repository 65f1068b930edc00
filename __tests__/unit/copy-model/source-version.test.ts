import { describe, expect, it } from '@jest/globals';
import { UserError } from '@aml-actions/action-kit';
import { resolveSourceVersion } from '@aml-actions/promotion';
import { recordingLogger, registry } from './fakes.js';

describe('resolveSourceVersion', () => {
  it('returns an explicit version as it is', async () => {
    const staging = registry('staging');
    staging.add('churn', '3', {});
    const resolved = await resolveSourceVersion(staging, 'churn', '3', recordingLogger());
    expect(resolved).toMatchObject({ name: 'churn', version: '3' });
    expect(resolved.model.id).toMatch(/\/models\/churn\/versions\/3$/);
  });

  it("pins 'latest' to the highest version and logs it", async () => {
    const staging = registry('staging');
    for (const version of ['1', '10', '9']) staging.add('churn', version, {});
    const logger = recordingLogger();
    const resolved = await resolveSourceVersion(staging, 'churn', 'LATEST', logger);
    expect(resolved.version).toBe('10');
    expect(logger.lines).toContain(
      "model-version 'latest' of model 'churn' is version 10: copying that pinned version.",
    );
  });

  it("fails 'latest' of a model without versions, naming the source workspace", async () => {
    const error = await resolveSourceVersion(registry('staging'), 'churn', 'latest', recordingLogger()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).kind).toBe('not-found');
    expect((error as Error).message).toContain(
      "model 'churn' has no versions in the source workspace 'staging'",
    );
  });

  it('lists the newest five versions when the version does not exist', async () => {
    const staging = registry('staging');
    for (let version = 1; version <= 7; version++) staging.add('churn', String(version), {});
    await expect(resolveSourceVersion(staging, 'churn', '42', recordingLogger())).rejects.toThrow(
      "model-version: model 'churn' version 42 does not exist in the source workspace 'staging' (resource group rg, subscription sub). " +
        "Its latest versions are 7, 6, 5, 4, 3 (of 7); give one of them, or 'latest'.",
    );
  });

  it('says when the model has no versions at all', async () => {
    await expect(resolveSourceVersion(registry('staging'), 'churn', '1', recordingLogger())).rejects.toThrow(
      'The model has no versions there at all',
    );
  });
});
