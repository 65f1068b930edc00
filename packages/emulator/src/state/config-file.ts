/** The config file (JSON or YAML): the emulator's layout plus optional fault rules. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { EmulatorConfigInput } from '../config.js';
import type { FaultRuleInput } from '../faults/fault-rule.js';
import { faultRuleInputSchema } from '../faults/fault-rule.js';
import { ConfigError } from './config-error.js';

const name = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_-]{0,32}$/, 'letters, digits, - and _ (at most 33)');
const uuid = z.uuid('a GUID such as 00000000-0000-0000-0000-000000000000');

export const configInputSchema = z.strictObject({
  tenantId: uuid.optional(),
  subscriptionId: uuid.optional(),
  resourceGroup: z
    .string()
    .regex(/^[-\w._()]{1,90}$/, '1-90 letters, digits, and - _ . ( )')
    .optional(),
  repository: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+$/, 'OWNER/REPO')
    .optional(),
  location: z.string().min(1).optional(),
  workspaces: z
    .array(
      z.strictObject({
        name,
        location: z.string().min(1).optional(),
        storageAccount: z
          .string()
          .regex(/^[a-z0-9]{3,24}$/, '3-24 lowercase letters and digits')
          .optional(),
        storageAccountKey: z.base64('a base64 key').optional(),
        defaultContainer: z
          .string()
          .regex(
            /^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/,
            'a blob container name (3-63 lowercase, digits, -)',
          )
          .optional(),
      }),
    )
    .min(1)
    .optional(),
  identities: z
    .array(
      z.strictObject({
        name,
        environment: z.string().min(1).optional(),
        clientId: uuid.optional(),
        objectId: uuid.optional(),
        clientSecret: z.string().min(1).optional(),
        roles: z.record(z.string(), z.enum(['reader', 'writer'])).optional(),
      }),
    )
    .optional(),
  tokenLifetimeSeconds: z.number().int().positive().optional(),
  provisioningDelayMs: z.number().int().min(0).optional(),
  retryAfterSeconds: z.number().int().min(0).optional(),
});

const fileSchema = configInputSchema.extend({ faults: z.array(faultRuleInputSchema).optional() });

export interface ConfigFile {
  config: EmulatorConfigInput;
  faults: FaultRuleInput[];
}

export async function loadConfigFile(file: string): Promise<ConfigFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `--config ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
  return parseConfigText(text, file);
}

/** Parses JSON (.json, strictly) or YAML (anything else) and validates it. */
export function parseConfigText(text: string, file: string): ConfigFile {
  const lineCounter = new LineCounter();
  // JSON is YAML too: the YAML document gives the line of each value for error messages.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number): string => {
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  if (extname(file).toLowerCase() === '.json' && text.trim() !== '') {
    try {
      JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      const offset = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
      throw new ConfigError(`${at(offset)}: invalid JSON: ${message}`);
    }
  }
  const [syntaxError] = doc.errors;
  if (syntaxError) {
    throw new ConfigError(
      `${at(syntaxError.pos[0])}: invalid YAML: ${syntaxError.message.split('\n')[0] ?? ''}`,
    );
  }
  const result = fileSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const node = doc.getIn(issue.path, true) as { range?: [number, number, number] } | undefined;
      const where = node?.range ? `:${lineCounter.linePos(node.range[0]).line}` : '';
      return `${file}${where}: ${issue.path.join('.') || '(root)'}: ${issue.message}`;
    });
    throw new ConfigError(
      `Invalid emulator config:\n${problems.join('\n')}\nSee "Config file" in packages/emulator/README.md.`,
    );
  }
  const { faults, ...config } = result.data;
  return { config, faults: faults ?? [] };
}
