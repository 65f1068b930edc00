/**
 * The slice of the runner the kit uses, as an interface so runActionWith can take a fake in tests.
 *
 * githubCore() speaks the runner's protocol itself (workflow commands on stdout, file commands in GITHUB_OUTPUT
 * and GITHUB_STEP_SUMMARY), byte for byte as @actions/core 3 writes them: a unit test compares the two on the
 * same calls. Why not @actions/core here: importing it loads @actions/http-client and undici at start (for
 * getIDToken only), about 120 ms of every action's cold start, most of the 300 ms budget (bench/cold-start.mjs).
 * @actions/core is still what asks the runner for an OIDC token (githubIdToken), loaded only when one is needed.
 * This file and github-logger.ts are the kit's only contact with the runner.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';

/** Where an annotation points (the fields of @actions/core's AnnotationProperties). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface ActionCore {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  startGroup(title: string): void;
  endGroup(): void;
  setSecret(secret: string): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  /** Appends markdown to the job summary; false when the runner offers no summary file (local runs). */
  appendSummary(markdown: string): Promise<boolean>;
}

/** A workflow command's message: `%`, CR and LF escaped so that the command stays on one line. */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: as escapeData, and `:` and `,` which separate properties. */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::command key=value,…::message`, properties in @actions/core's order, empty ones left out. */
export function workflowCommand(
  command: string,
  message: string,
  properties: Record<string, string | number | undefined> = {},
): string {
  const pairs = Object.entries(properties)
    // As @actions/core: a property whose value is falsy ('', 0, undefined) is left out.
    .filter((entry): entry is [string, string | number] => Boolean(entry[1]))
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}

function commandProperties(
  properties: AnnotationProperties = {},
): Record<string, string | number | undefined> {
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn,
  };
}

/** One `name<<delimiter` block of a file command (GITHUB_OUTPUT), with a delimiter the value cannot contain. */
export function keyValueBlock(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`The output ${name} contains the file-command delimiter ${delimiter}`);
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

/** The runner's implementation: workflow commands on `write` (stdout), file commands in the runner's files. */
export function githubCore(
  env: NodeJS.ProcessEnv = process.env,
  write: (text: string) => void = (text) => process.stdout.write(text),
): ActionCore {
  const issue = (command: string, message: string, properties?: AnnotationProperties): void => {
    write(`${workflowCommand(command, message, commandProperties(properties))}${EOL}`);
  };
  return {
    debug: (message) => {
      issue('debug', message);
    },
    info: (message) => {
      write(`${message}${EOL}`);
    },
    warning: (message, properties) => {
      issue('warning', message, properties);
    },
    error: (message, properties) => {
      issue('error', message, properties);
    },
    startGroup: (title) => {
      issue('group', title);
    },
    endGroup: () => {
      issue('endgroup', '');
    },
    setSecret: (secret) => {
      issue('add-mask', secret);
    },
    setOutput: (name, value) => {
      const file = env.GITHUB_OUTPUT;
      if (!file) {
        // Runners older than the file commands (and local runs): the deprecated command, as @actions/core does.
        write(EOL);
        write(`${workflowCommand('set-output', value, { name })}${EOL}`);
        return;
      }
      if (!existsSync(file)) throw new Error(`Missing file at path: ${file} (GITHUB_OUTPUT)`);
      appendFileSync(file, `${keyValueBlock(name, value)}${EOL}`, 'utf8');
    },
    setFailed: (message) => {
      process.exitCode = 1;
      issue('error', message);
    },
    appendSummary: async (markdown) => {
      const file = env.GITHUB_STEP_SUMMARY;
      if (!file) return false;
      // As core.summary.addRaw(markdown, true).write(): the text and a line end.
      await appendFile(file, `${markdown}${EOL}`, 'utf8');
      return true;
    },
  };
}

/**
 * Asks the runner for a GitHub OIDC ID token for `audience` (the job needs `permissions: id-token: write`).
 * @actions/core, and the HTTP client under it, are loaded on the first call only.
 */
export async function githubIdToken(audience: string): Promise<string> {
  const core = await import('@actions/core');
  return core.getIDToken(audience);
}
