import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '@actions/core';
import { type AnnotationProperties, githubCore, workflowCommand } from '@aml-actions/action-kit';

/** What a function writes to stdout (how @actions/core talks to the runner). */
function stdoutOf(fn: () => void): string {
  const printed: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return printed.join('');
}

/** What githubCore writes for the same call. */
function kitOutput(fn: (kit: ReturnType<typeof githubCore>) => void, env: NodeJS.ProcessEnv = {}): string {
  const printed: string[] = [];
  fn(githubCore(env, (text) => printed.push(text)));
  return printed.join('');
}

const awkward = ['plain', 'a%b', 'two\nlines\r\n', 'colon: comma, percent%0A', '', '  spaces  ', 'ünïcødé ✓'];
const places: (AnnotationProperties | undefined)[] = [
  undefined,
  {},
  { file: 'jobs/train.yml', startLine: 4 },
  { file: 'C:\\repo\\a,b.yml', startLine: 2, endLine: 3, startColumn: 5, endColumn: 9, title: 'Bad: value' },
  { file: 'x.yml', startLine: 0, title: '' },
];

describe('githubCore writes what @actions/core writes', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it.each(awkward)('info, debug, groups and masks of %j', (message) => {
    expect(
      kitOutput((kit) => {
        kit.info(message);
      }),
    ).toBe(
      stdoutOf(() => {
        core.info(message);
      }),
    );
    expect(
      kitOutput((kit) => {
        kit.debug(message);
      }),
    ).toBe(
      stdoutOf(() => {
        core.debug(message);
      }),
    );
    expect(
      kitOutput((kit) => {
        kit.setSecret(message);
      }),
    ).toBe(
      stdoutOf(() => {
        core.setSecret(message);
      }),
    );
    expect(
      kitOutput((kit) => {
        kit.startGroup(message);
      }),
    ).toBe(
      stdoutOf(() => {
        core.startGroup(message);
      }),
    );
    expect(
      kitOutput((kit) => {
        kit.endGroup();
      }),
    ).toBe(
      stdoutOf(() => {
        core.endGroup();
      }),
    );
  });

  it.each(places.flatMap((place) => awkward.map((message) => [message, place] as const)))(
    'warnings and errors of %j at %j',
    (message, place) => {
      expect(
        kitOutput((kit) => {
          kit.warning(message, place);
        }),
      ).toBe(
        stdoutOf(() => {
          core.warning(message, place);
        }),
      );
      expect(
        kitOutput((kit) => {
          kit.error(message, place);
        }),
      ).toBe(
        stdoutOf(() => {
          core.error(message, place);
        }),
      );
    },
  );

  it('setFailed: the error command and exit code 1', () => {
    const ours = kitOutput((kit) => {
      kit.setFailed('run-job: bad\ninput');
    });
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    expect(ours).toBe(
      stdoutOf(() => {
        core.setFailed('run-job: bad\ninput');
      }),
    );
    expect(process.exitCode).toBe(1);
  });

  it('formats a command with properties as the runner parses it', () => {
    expect(workflowCommand('error', 'a\nb', { file: 'a:b.yml', line: 3, col: undefined })).toBe(
      '::error file=a%3Ab.yml,line=3::a%0Ab',
    );
  });
});

describe('githubCore file commands match @actions/core', () => {
  const dir = mkdtempSync(join(tmpdir(), 'runner-protocol-'));
  const saved = {
    GITHUB_OUTPUT: process.env.GITHUB_OUTPUT,
    GITHUB_STEP_SUMMARY: process.env.GITHUB_STEP_SUMMARY,
  };
  afterAll(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const withoutDelimiters = (text: string): string => text.replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIMITER');

  it.each(['7', 'multi\nline\nvalue', '', '{"a":1}'])('setOutput of %j in GITHUB_OUTPUT', (value) => {
    const ours = join(dir, 'ours');
    const theirs = join(dir, 'theirs');
    writeFileSync(ours, '');
    writeFileSync(theirs, '');
    githubCore({ GITHUB_OUTPUT: ours }).setOutput('model-version', value);
    process.env.GITHUB_OUTPUT = theirs;
    core.setOutput('model-version', value);
    expect(withoutDelimiters(readFileSync(ours, 'utf8'))).toBe(
      withoutDelimiters(readFileSync(theirs, 'utf8')),
    );
  });

  it('setOutput without GITHUB_OUTPUT: the set-output command', () => {
    Reflect.deleteProperty(process.env, 'GITHUB_OUTPUT');
    expect(
      kitOutput((kit) => {
        kit.setOutput('a,b', 'x\ny');
      }),
    ).toBe(
      stdoutOf(() => {
        core.setOutput('a,b', 'x\ny');
      }),
    );
  });

  it('setOutput into a file that does not exist fails', () => {
    expect(() => {
      githubCore({ GITHUB_OUTPUT: join(dir, 'missing') }).setOutput('a', 'b');
    }).toThrow(/Missing file at path/);
  });

  it('appends the job summary as core.summary.addRaw(text, true).write()', async () => {
    const ours = join(dir, 'summary-ours');
    const theirs = join(dir, 'summary-theirs');
    writeFileSync(ours, '# before\n');
    writeFileSync(theirs, '# before\n');
    await expect(githubCore({ GITHUB_STEP_SUMMARY: ours }).appendSummary('## Done\n\n| a |\n')).resolves.toBe(
      true,
    );
    process.env.GITHUB_STEP_SUMMARY = theirs;
    await core.summary.addRaw('## Done\n\n| a |\n', true).write();
    core.summary.emptyBuffer();
    expect(readFileSync(ours, 'utf8')).toBe(readFileSync(theirs, 'utf8'));
  });
});
