/** The UserError a promise rejects with (the test fails on anything else). */
import { UserError } from '@aml-actions/action-kit';

export async function userError(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof UserError)) throw new Error(`expected a UserError, got ${String(error)}`);
  return error;
}
