/**
 * The workflows against the actions and reusable workflows they call, so that the two cannot drift apart: every step
 * `uses: ./actions/<name>` or `<owner>/<repo>/actions/<name>@<ref>` names an action of actions/, gives only inputs its
 * action.yml declares and every input it requires, and reads only outputs it declares (`steps.<id>.outputs.<name>`);
 * every job `uses: <owner>/<repo>/.github/workflows/<file>@<ref>` (or `./.github/workflows/<file>`) names a reusable
 * workflow of .github/workflows/ with `on.workflow_call`, passes only its inputs and secrets and all it requires, and
 * the jobs that need it read only its outputs (`needs.<job>.outputs.<name>`); every other action is pinned to a full
 * commit SHA. actionlint (workflows.test.ts) cannot see any of this: it does not read a remote action's action.yml or
 * a remote workflow's inputs.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { actionDir, readActionYml, repoRoot } from './repo.js';

type Doc = Record<string, unknown>;

const ACTION_USES = /^(?:\.\/actions\/|[\w.-]+\/[\w.-]+\/actions\/)([\w-]+)(?:@\S+)?$/;
const WORKFLOW_USES = /^(?:\.\/|[\w.-]+\/[\w.-]+\/)\.github\/workflows\/([\w.-]+\.ya?ml)(?:@\S+)?$/;

function isDoc(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keys(value: unknown): string[] {
  return isDoc(value) ? Object.keys(value) : [];
}

/** What a callee (action or reusable workflow) declares. */
interface Interface {
  label: string;
  inputs: Record<string, { required: boolean }>;
  outputs: string[];
  /** Reusable workflows only. */
  secrets?: string[];
}

function actionInterface(name: string): Interface | undefined {
  if (!existsSync(join(actionDir(name), 'action.yml'))) return undefined;
  const yml = readActionYml(name);
  return {
    label: `actions/${name}/action.yml`,
    inputs: Object.fromEntries(
      Object.entries(yml.inputs ?? {}).map(([input, spec]) => [
        input,
        { required: spec?.required === true && spec.default === undefined },
      ]),
    ),
    outputs: keys(yml.outputs),
  };
}

function workflowInterface(file: string): Interface | undefined {
  const path = join(repoRoot, '.github', 'workflows', file);
  if (!existsSync(path)) return undefined;
  const on = (parse(readFileSync(path, 'utf8')) as Doc | null)?.on;
  const call = isDoc(on) ? on.workflow_call : undefined;
  if (!isDoc(call)) return undefined;
  const inputs = isDoc(call.inputs) ? call.inputs : {};
  return {
    label: `.github/workflows/${file}`,
    inputs: Object.fromEntries(
      Object.entries(inputs).map(([input, spec]) => [
        input,
        { required: isDoc(spec) && spec.required === true && spec.default === undefined },
      ]),
    ),
    outputs: keys(call.outputs),
    secrets: keys(call.secrets),
  };
}

/** Findings about one `with:` against what the callee declares. */
function checkWith(where: string, callee: Interface, given: unknown): string[] {
  const names = keys(given);
  return [
    ...names
      .filter((name) => !(name in callee.inputs))
      .map((name) => `${where}: input '${name}' is not declared in ${callee.label}`),
    ...Object.entries(callee.inputs)
      .filter(([name, spec]) => spec.required && !names.includes(name))
      .map(([name]) => `${where}: required input '${name}' of ${callee.label} is not given`),
  ];
}

/** Every `<prefix>.<id>.outputs.<name>` in the expressions of `value`. */
function outputReferences(value: unknown, prefix: 'steps' | 'needs'): { id: string; output: string }[] {
  const text = JSON.stringify(value);
  const pattern = new RegExp(`\\b${prefix}\\.([\\w-]+)\\.outputs\\.([\\w-]+)`, 'g');
  return [...text.matchAll(pattern)].map((match) => ({ id: match[1] ?? '', output: match[2] ?? '' }));
}

function checkOutputs(
  where: string,
  references: { id: string; output: string }[],
  callees: Map<string, Interface>,
  kind: string,
): string[] {
  return references.flatMap(({ id, output }) => {
    const callee = callees.get(id);
    return callee === undefined || callee.outputs.includes(output)
      ? []
      : [`${where}: ${kind} '${id}' has no output '${output}' (${callee.label})`];
  });
}

function checkSteps(where: string, job: Doc): string[] {
  const findings: string[] = [];
  const byId = new Map<string, Interface>();
  const steps = Array.isArray(job.steps) ? (job.steps as unknown[]) : [];
  for (const [index, step] of steps.entries()) {
    if (!isDoc(step) || typeof step.uses !== 'string') continue;
    const at = `${where} step ${typeof step.id === 'string' ? step.id : String(index + 1)}`;
    const name = ACTION_USES.exec(step.uses)?.[1];
    if (name === undefined) {
      if (!step.uses.startsWith('./') && !/@[0-9a-f]{40}$/.test(step.uses)) {
        findings.push(
          `${at}: uses '${step.uses}': pin the action to a full commit SHA (the tag in a comment)`,
        );
      }
      continue;
    }
    const action = actionInterface(name);
    if (action === undefined) {
      findings.push(`${at}: uses '${step.uses}', but actions/${name}/action.yml does not exist`);
      continue;
    }
    findings.push(...checkWith(at, action, step.with));
    if (typeof step.id === 'string') byId.set(step.id, action);
  }
  return [...findings, ...checkOutputs(where, outputReferences(job, 'steps'), byId, 'step')];
}

function checkCall(where: string, job: Doc, uses: string): { findings: string[]; callee?: Interface } {
  const file = WORKFLOW_USES.exec(uses)?.[1];
  if (file === undefined) return { findings: [] };
  const callee = workflowInterface(file);
  if (callee === undefined) {
    return {
      findings: [
        `${where}: uses '${uses}', but .github/workflows/${file} is not a reusable workflow (on.workflow_call)`,
      ],
    };
  }
  const secrets =
    job.secrets === 'inherit'
      ? []
      : keys(job.secrets)
          .filter((name) => !(callee.secrets ?? []).includes(name))
          .map((name) => `${where}: secret '${name}' is not declared in ${callee.label}`);
  return { findings: [...checkWith(where, callee, job.with), ...secrets], callee };
}

/** Every finding of one workflow document, `file:job …: message`. */
function checkWorkflow(file: string, document: unknown): string[] {
  const root = isDoc(document) ? document : {};
  const jobs = isDoc(root.jobs) ? root.jobs : {};
  const findings: string[] = [];
  const calls = new Map<string, Interface>();
  for (const [id, job] of Object.entries(jobs)) {
    if (!isDoc(job)) continue;
    const where = `${file}: job ${id}`;
    if (typeof job.uses === 'string') {
      const call = checkCall(where, job, job.uses);
      findings.push(...call.findings);
      if (call.callee !== undefined) calls.set(id, call.callee);
    } else {
      findings.push(...checkSteps(where, job));
    }
  }
  for (const [id, job] of Object.entries(jobs)) {
    findings.push(...checkOutputs(`${file}: job ${id}`, outputReferences(job, 'needs'), calls, 'job'));
  }
  findings.push(
    ...checkOutputs(`${file}: on.workflow_call.outputs`, outputReferences(root.on, 'needs'), calls, 'job'),
  );
  return findings;
}

function workflowFiles(): { path: string; document: unknown }[] {
  return ['.github/workflows', 'workflows-examples']
    .map((root) => join(repoRoot, root))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .map((path) => ({
      path: relative(repoRoot, path),
      document: parse(readFileSync(path, 'utf8')) as unknown,
    }))
    .filter(({ document }) => isDoc(document) && isDoc(document.jobs))
    .sort((a, b) => a.path.localeCompare(b.path));
}

const BROKEN = {
  on: 'push',
  jobs: {
    deploy: {
      'runs-on': 'ubuntu-latest',
      steps: [
        { id: 'train', uses: './actions/run-job', with: { 'job-fil': 'jobs/train.yml' } },
        { uses: 'contoso/azureml-mlops-actions/actions/no-such-action@v1' },
        { run: 'echo "${{ steps.train.outputs.model-uri }}"' },
        { uses: 'actions/checkout@v4' },
      ],
    },
    release: {
      needs: 'deploy',
      uses: 'contoso/azureml-mlops-actions/.github/workflows/deploy.yml@v1',
      with: { environment: 'staging', modelname: 'x' },
      secrets: { AZURE_SECRET: 'x' },
    },
    after: {
      needs: 'release',
      'runs-on': 'ubuntu-latest',
      steps: [{ run: 'echo "${{ needs.release.outputs.scoring-url }}"' }],
    },
  },
};

describe('uses: steps and calls match what they call', () => {
  it('reports unknown and missing inputs, unknown actions, outputs, secrets and unpinned actions (the check really runs)', () => {
    const findings = checkWorkflow('broken.yml', BROKEN);
    expect(findings).toEqual(
      expect.arrayContaining([
        "broken.yml: job deploy step train: input 'job-fil' is not declared in actions/run-job/action.yml",
        "broken.yml: job deploy step train: required input 'job-file' of actions/run-job/action.yml is not given",
        "broken.yml: job deploy step 2: uses 'contoso/azureml-mlops-actions/actions/no-such-action@v1', but actions/no-such-action/action.yml does not exist",
        "broken.yml: job deploy: step 'train' has no output 'model-uri' (actions/run-job/action.yml)",
        "broken.yml: job deploy step 4: uses 'actions/checkout@v4': pin the action to a full commit SHA (the tag in a comment)",
        "broken.yml: job release: input 'modelname' is not declared in .github/workflows/deploy.yml",
        "broken.yml: job release: secret 'AZURE_SECRET' is not declared in .github/workflows/deploy.yml",
        "broken.yml: job after: job 'release' has no output 'scoring-url' (.github/workflows/deploy.yml)",
      ]),
    );
    expect(findings.some((f) => f.includes("required input 'deployment-file'"))).toBe(true);
  });

  const files = workflowFiles();
  it('finds the workflows', () => {
    expect(files.map((file) => file.path)).toEqual(
      expect.arrayContaining(['.github/workflows/deploy.yml', 'workflows-examples/ml-cd.yml']),
    );
  });

  for (const { path, document } of files) {
    it(`finds nothing in ${path}`, () => {
      expect(checkWorkflow(path, document)).toEqual([]);
    });
  }
});
