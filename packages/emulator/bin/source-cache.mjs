// The emulator's TypeScript sources transpiled once into plain JavaScript, kept in a cache keyed by their content, so
// the bin starts without loader hooks. Running the sources through tsx's hooks costs a round trip to Node's hooks
// thread for every module the emulator loads (its dependencies included): about half of the emulator's start-up CPU,
// even when tsx's own transform cache hits. esbuild (tsx's transpiler) transforms each file on its own, as tsx does;
// files that are not TypeScript (Azurite preload, Python shims) are copied, so paths relative to `import.meta.url`
// resolve inside the cache, and bare imports resolve through the node_modules folders above it.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

/** Changes when the transform below changes, so caches made by an older bin are not reused. */
const FORMAT = 'esm-node20-inline-map-1';
/** Cache folders of other source versions (and leftovers of interrupted builds) unused this long are removed. */
const PRUNE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Returns the folder holding the transpiled `srcDir` (same layout, `.ts` → `.js`), building it under `cacheRoot`
 * first when the sources changed. Throws when the cache cannot be written; the caller then runs the sources otherwise.
 */
export async function transpiledSources(srcDir, cacheRoot) {
  const files = await readSources(srcDir);
  const require = createRequire(import.meta.url);
  const hash = createHash('sha256').update(`${FORMAT}\0${require('esbuild/package.json').version}\0`);
  for (const file of files) hash.update(`${file.path}\0${file.content.length}\0`).update(file.content);
  const dir = join(cacheRoot, hash.digest('hex').slice(0, 20));
  if (await isComplete(dir)) {
    const now = new Date();
    await utimes(dir, now, now); // marks it as in use for pruning
    return dir;
  }
  await build(files, srcDir, dir);
  await prune(cacheRoot, dir);
  return dir;
}

async function readSources(srcDir) {
  const entries = await readdir(srcDir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(srcDir, join(entry.parentPath, entry.name)))
    .sort();
  return Promise.all(paths.map(async (path) => ({ path, content: await readFile(join(srcDir, path)) })));
}

/** A cache folder is complete once it exists: it is filled under a temporary name and renamed at the end. */
async function isComplete(dir) {
  try {
    return (await stat(join(dir, 'package.json'))).isFile();
  } catch {
    return false;
  }
}

async function build(files, srcDir, dir) {
  const { transform, stop } = await import('esbuild');
  const temp = `${dir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await Promise.all(
      files.map(async ({ path, content }) => {
        const target = join(temp, path.replace(/\.ts$/, '.js'));
        await mkdir(dirname(target), { recursive: true });
        if (!path.endsWith('.ts') || path.endsWith('.d.ts')) return writeFile(target, content);
        const { code } = await transform(content.toString('utf8'), {
          loader: 'ts',
          format: 'esm',
          target: 'node20',
          sourcemap: 'inline',
          sourcesContent: false,
          // Relative to the output file, so stack traces (with --enable-source-maps) name the TypeScript source.
          sourcefile: relative(dirname(join(dir, path)), join(srcDir, path)),
        });
        return writeFile(target, code);
      }),
    );
    await writeFile(join(temp, 'package.json'), '{ "type": "module" }\n');
    await rename(temp, dir).catch(async (error) => {
      // Another start built the same sources at the same time: use its folder.
      if (!(await isComplete(dir))) throw error;
    });
  } finally {
    await stop();
    // Best effort: what cannot be removed now is pruned later, and must not hide the error that got us here.
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function prune(cacheRoot, keep) {
  const cutoff = Date.now() - PRUNE_AFTER_MS;
  for (const name of await readdir(cacheRoot)) {
    const path = join(cacheRoot, name);
    if (path === keep) continue;
    const info = await stat(path).catch(() => undefined);
    if (info !== undefined && info.mtimeMs < cutoff) await rm(path, { recursive: true, force: true });
  }
}
