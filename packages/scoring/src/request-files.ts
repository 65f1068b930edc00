/**
 * Scoring requests from files, as `az ml online-endpoint invoke --request-file` takes them: a JSON file is one
 * request body; a JSONL file (.jsonl, .ndjson) has one body per line; a folder holds one request per *.json file
 * (sorted by name). Every body is checked to be JSON before anything is sent; a bad one is reported on its file
 * and line.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { UserError, findJsonProblem, type Annotation, type Logger } from '@aml-actions/action-kit';

export interface RequestSource {
  file: string;
  /** 1-based line of a JSONL file. */
  line?: number;
}

export interface ScoringRequest {
  /** Sent as it is. */
  body: string;
  contentType: string;
  source: RequestSource;
  /** The expected response body (see attachExpectedOutputs); compared with a tolerance for numbers. */
  expected?: unknown;
}

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const JSON_CONTENT_TYPE = 'application/json';
const FORMS =
  'a JSON file (one request body), a JSONL file (.jsonl: one body per line) or a folder of *.json files';

/** A JSON text that failed to parse, with its place. */
interface JsonLineProblem {
  annotation: Annotation;
  message: string;
}

/** `file:line:column: message` for problems, at most `limit` of them listed. */
function listProblems(problems: readonly JsonLineProblem[], limit = 5): string {
  const shown = problems.slice(0, limit).map((p) => {
    const { file, line, column } = p.annotation;
    return `  ${[file, line, column].filter((part) => part !== undefined).join(':')}: ${p.message}`;
  });
  if (problems.length > limit) shown.push(`  … and ${problems.length - limit} more`);
  return shown.join('\n');
}

/**
 * Throws one UserError (annotated on the first problem) for JSON problems; with a logger, every problem also gets
 * its own error annotation.
 */
function throwJsonProblems(
  problems: readonly JsonLineProblem[],
  what: string,
  fix: string,
  log?: Logger,
): void {
  const [first] = problems;
  if (first === undefined) return;
  if (problems.length > 1) for (const problem of problems) log?.error(problem.message, problem.annotation);
  throw new UserError(
    `${problems.length === 1 ? `${what} is` : `${problems.length} entries of ${what} are`} not valid JSON:\n` +
      `${listProblems(problems)}\n${fix}`,
    { kind: 'input', annotation: first.annotation },
  );
}

/** Reads a JSON, JSONL or folder input: the texts with their sources (JSON not yet checked). */
async function readJsonTexts(
  path: string,
  input: string,
): Promise<{ texts: JsonEntry[]; problems: JsonLineProblem[] }> {
  const info = await stat(path).catch((error: unknown) => {
    throw new UserError(
      `Input '${input}' is '${path}', which does not exist (relative paths start at the repository root, ` +
        `${process.cwd()}). Give ${FORMS}.`,
      { kind: 'input', cause: error },
    );
  });
  const files = info.isDirectory() ? await jsonFilesIn(path, input) : [path];
  const texts: JsonEntry[] = [];
  const problems: JsonLineProblem[] = [];
  for (const file of files) {
    const content = await readFile(file, 'utf8');
    if (!info.isDirectory() && JSONL_EXTENSIONS.has(extname(file).toLowerCase())) {
      content.split('\n').forEach((raw, index) => {
        const text = raw.replace(/\r$/, '');
        if (text.trim() !== '') texts.push({ text, source: { file, line: index + 1 } });
      });
      continue;
    }
    if (content.trim() === '') {
      problems.push({ annotation: { file, line: 1 }, message: 'the file is empty' });
      continue;
    }
    texts.push({ text: content, source: { file } });
  }
  if (texts.length === 0 && problems.length === 0) {
    throw new UserError(
      `Input '${input}' is '${path}', which holds no request (only empty lines). Give ${FORMS}.`,
      { kind: 'input', annotation: { file: path } },
    );
  }
  return { texts, problems };
}

async function jsonFilesIn(folder: string, input: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && extname(entry.name).toLowerCase() === '.json')
    .map((entry) => join(folder, entry.name))
    .sort();
  if (files.length === 0) {
    throw new UserError(
      `Input '${input}' is the folder '${folder}', which has no *.json files (found: ${
        entries.map((e) => e.name).join(', ') || 'nothing'
      }). Put one request body per *.json file there, or give a JSON or JSONL file.`,
      { kind: 'input' },
    );
  }
  return files;
}

/** Checks each text is JSON; problems carry the file, line and column. */
function checkJsonTexts(texts: readonly JsonEntry[]): JsonLineProblem[] {
  const problems: JsonLineProblem[] = [];
  for (const { text, source } of texts) {
    const problem = findJsonProblem(text);
    if (problem === undefined) continue;
    const line = (source.line ?? 1) + problem.line - 1;
    problems.push({
      annotation: { file: source.file, line, column: problem.column, title: 'Invalid JSON' },
      message: problem.message,
    });
  }
  return problems;
}

/** One JSON text of a request or expected file, with where it came from. */
export interface JsonEntry {
  text: string;
  source: RequestSource;
}

/**
 * The JSON texts of a file or folder input, every one checked: invalid JSON throws a UserError annotated on the
 * first bad file/line (`what` names the file in the message, `fix` says what to do); with `log`, each bad line
 * gets its own annotation.
 */
export async function readJsonEntries(
  path: string,
  input: string,
  messages: { what: string; fix: string },
  log?: Logger,
): Promise<JsonEntry[]> {
  const { texts, problems } = await readJsonTexts(path, input);
  problems.push(...checkJsonTexts(texts));
  throwJsonProblems(problems, messages.what, messages.fix, log);
  return texts;
}

/** The requests of `path` (the input `input`, named in errors); see readJsonEntries for invalid JSON. */
export async function loadScoringRequests(
  path: string,
  input: string,
  log?: Logger,
): Promise<ScoringRequest[]> {
  const entries = await readJsonEntries(
    path,
    input,
    {
      what: `the request file of input '${input}' (${path})`,
      fix: 'Each request must be one JSON document (a JSONL file: one per line). Fix or remove the lines named.',
    },
    log,
  );
  return entries.map(({ text, source }) => ({ body: text, contentType: JSON_CONTENT_TYPE, source }));
}
