/** ARM `ErrorResponse` bodies ({error:{code,message,target,details}}) as Azure Resource Manager words them. */
import type { EmuResponse } from '../http-types.js';

export interface ErrorDetail {
  code: string;
  message: string;
  target?: string;
  details?: ErrorDetail[];
}

export function armError(
  status: number,
  code: string,
  message: string,
  target?: string,
  details?: ErrorDetail[],
): EmuResponse {
  const error: ErrorDetail = { code, message };
  if (target !== undefined) error.target = target;
  if (details !== undefined && details.length > 0) error.details = details;
  return { status, body: { error } };
}

/** A request body value Azure would refuse; the detail names the JSON path. */
export function invalidValue(target: string, message: string): EmuResponse {
  return armError(400, 'BadArgument', message, target, [{ code: 'Invalid', message, target }]);
}

export function missingField(target: string, hint: string): EmuResponse {
  const message = `The field '${target}' is required. ${hint}`;
  return armError(400, 'ValidationError', message, target, [{ code: 'Required', message, target }]);
}

export function notFound(what: string, name: string, where: string): EmuResponse {
  return armError(404, 'ResourceNotFound', `${what} '${name}' was not found in ${where}.`);
}

export function conflict(message: string, target?: string): EmuResponse {
  return armError(409, 'Conflict', message, target);
}

/** True when a handler step produced a response to send instead of a value. */
export function isResponse(value: unknown): value is EmuResponse {
  return typeof value === 'object' && value !== null && 'status' in value && typeof value.status === 'number';
}
