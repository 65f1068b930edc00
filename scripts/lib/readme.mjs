/**
 * The generated parts of the READMEs: each action's inputs and outputs tables (from its action.yml) and the root
 * README's list of actions. They live between `<!-- <part>:start -->` and `<!-- <part>:end -->` markers; the text
 * around them is written by hand. Tables are formatted with the repository's Prettier settings so that
 * `prettier --check` and the generator agree.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as prettier from 'prettier';
import { parse } from 'yaml';
import { listActions, repoRoot } from './actions.mjs';

/** action.yml of one action, parsed; undefined when it is not a YAML mapping (the metadata test says so). */
export function readActionYml(name, root = repoRoot) {
  const document = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'));
  return typeof document === 'object' && document !== null ? document : undefined;
}

/** One table cell: a single line, pipes escaped. */
function cell(text) {
  return String(text ?? '')
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
}

function code(value) {
  return value === undefined || value === '' ? '' : `\`${cell(value)}\``;
}

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => ' --- |').join('')}`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function inputsTable(inputs) {
  const entries = Object.entries(inputs ?? {});
  if (entries.length === 0) return '_This action has no inputs._';
  return table(
    ['Input', 'Required', 'Default', 'Description'],
    entries.map(([name, input]) => [
      `\`${name}\``,
      input.required === true ? 'yes' : 'no',
      code(input.default === undefined ? undefined : String(input.default)),
      cell(input.description),
    ]),
  );
}

function outputsTable(outputs) {
  const entries = Object.entries(outputs ?? {});
  if (entries.length === 0) return '_This action has no outputs._';
  return table(
    ['Output', 'Description'],
    entries.map(([name, output]) => [`\`${name}\``, cell(output.description)]),
  );
}

function actionsList(root) {
  const rows = listActions(root)
    .filter((name) => existsSync(join(root, 'actions', name, 'action.yml')))
    .map((name) => [
      `[\`${name}\`](actions/${name}/README.md)`,
      cell(readActionYml(name, root)?.description),
    ]);
  if (rows.length === 0) return '_The actions land here as they are written._';
  return table(['Action', 'What it does'], rows);
}

async function formatted(markdown, file) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return (await prettier.format(markdown, { ...options, parser: 'markdown' })).trimEnd();
}

class MissingMarkers extends Error {}

/** Replaces the text between the markers of `part`; throws MissingMarkers when they are missing. */
function replacePart(text, part, content) {
  const start = `<!-- ${part}:start -->`;
  const end = `<!-- ${part}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    throw new MissingMarkers(`add the lines '${start}' and '${end}' where the generated ${part} go`);
  }
  return `${text.slice(0, from + start.length)}\n\n${content}\n\n${text.slice(to)}`;
}

/** The README's text with its parts regenerated, or the problem that prevents it. */
async function render(file, parts) {
  if (!existsSync(file))
    return { file, problem: 'missing: write it (usage first), with the generated tables' };
  let text = readFileSync(file, 'utf8');
  try {
    for (const [part, markdown] of parts) text = replacePart(text, part, await formatted(markdown, file));
  } catch (error) {
    if (error instanceof MissingMarkers) return { file, problem: error.message };
    throw error;
  }
  return { file, text };
}

/** Every README with generated parts: { file, text } as it should be, or { file, problem }. */
export async function renderReadmes(root = repoRoot) {
  const results = [];
  for (const name of listActions(root)) {
    if (!existsSync(join(root, 'actions', name, 'action.yml'))) continue;
    const meta = readActionYml(name, root);
    if (meta === undefined) {
      results.push({ file: join(root, 'actions', name, 'action.yml'), problem: 'not a YAML mapping' });
      continue;
    }
    results.push(
      await render(join(root, 'actions', name, 'README.md'), [
        ['inputs', inputsTable(meta.inputs)],
        ['outputs', outputsTable(meta.outputs)],
      ]),
    );
  }
  results.push(await render(join(root, 'README.md'), [['actions', actionsList(root)]]));
  return results;
}

/**
 * Writes the READMEs whose generated parts are out of date (with `check`, writes nothing).
 * Returns the out-of-date files and the problems, as paths relative to the repository.
 */
export async function updateReadmes({ check = false, root = repoRoot } = {}) {
  const stale = [];
  const problems = [];
  for (const { file, text, problem } of await renderReadmes(root)) {
    const path = relative(root, file);
    if (problem !== undefined) problems.push(`${path}: ${problem}`);
    else if (readFileSync(file, 'utf8') !== text) {
      stale.push(path);
      if (!check) writeFileSync(file, text);
    }
  }
  return { stale, problems };
}
