/**
 * The command as Azure ML runs it: `${{inputs.<name>}}` replaced by the literal value or the local path of the input,
 * `${{outputs.<name>}}` by the output's local folder, and optional `$[[ … ]]` sections kept only when every input
 * they use is given.
 */
import { JobSetupError } from './job-blobs.js';

export interface Bindings {
  inputs: Readonly<Record<string, string>>;
  outputs: Readonly<Record<string, string>>;
}

const BINDING = /\$\{\{\s*([^}]*?)\s*\}\}/g;
const OPTIONAL_SECTION = /\$\[\[([\s\S]*?)\]\]/g;

export function bindCommand(command: string, bindings: Bindings): string {
  const withOptional = command.replace(OPTIONAL_SECTION, (_section, inner: string) =>
    [...inner.matchAll(BINDING)].every(([, expression = '']) => valueOf(expression, bindings) !== undefined)
      ? inner
      : '',
  );
  return withOptional.replace(BINDING, (binding, expression: string) => {
    const value = valueOf(expression, bindings);
    if (value === undefined) {
      throw new JobSetupError(
        `The command uses ${binding}, which names no input or output of the job (inputs: ${names(bindings.inputs)}; outputs: ${names(bindings.outputs)}).`,
      );
    }
    return value;
  });
}

function valueOf(expression: string, bindings: Bindings): string | undefined {
  const match = /^(inputs|outputs)\.([A-Za-z0-9_]+)$/.exec(expression);
  if (match === null) return undefined;
  const group = match[1] === 'outputs' ? bindings.outputs : bindings.inputs;
  return Object.hasOwn(group, match[2] ?? '') ? group[match[2] ?? ''] : undefined;
}

function names(group: Readonly<Record<string, string>>): string {
  const keys = Object.keys(group);
  return keys.length === 0 ? 'none' : keys.join(', ');
}
