import { createRequire as __amlCreateRequire } from 'node:module';
import { fileURLToPath as __amlFileURLToPath } from 'node:url';
const require = __amlCreateRequire(import.meta.url);
const __filename = __amlFileURLToPath(import.meta.url);
const __dirname = __amlFileURLToPath(new URL('.', import.meta.url));
export const id = 658;
export const ids = [658];
export const modules = {

/***/ 70298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'
const REGEX_TEST_BLANK_LINE = /^\s+$/
const REGEX_INVALID_TRAILING_BACKSLASH = /(?:[^\\]|^)\\$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g
// /foo,
// ./foo,
// ../foo,
// .
// ..
const REGEX_TEST_INVALID_PATH = /^\.*\/|^\.+$/

const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) =>
  Object.defineProperty(object, key, {value})

const REGEX_REGEXP_RANGE = /([0-z])-([0-z])/g

const RETURN_FALSE = () => false

// Sanitize the range of a regular expression
// The cases are complicated, see test cases for details
const sanitizeRange = range => range.replace(
  REGEX_REGEXP_RANGE,
  (match, from, to) => from.charCodeAt(0) <= to.charCodeAt(0)
    ? match
    // Invalid range (out of order) which is ok for gitignore rules but
    //   fatal for JavaScript regular expression, so eliminate it.
    : EMPTY
)

// See fixtures #59
const cleanRangeBackSlash = slashes => {
  const {length} = slashes
  return slashes.slice(0, length - length % 2)
}

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
const REPLACERS = [

  [
    // remove BOM
    // TODO:
    // Other similar zero-width characters?
    /^\uFEFF/,
    () => EMPTY
  ],

  // > Trailing spaces are ignored unless they are quoted with backslash ("\")
  [
    // (a\ ) -> (a )
    // (a  ) -> (a)
    // (a ) -> (a)
    // (a \ ) -> (a  )
    /((?:\\\\)*?)(\\?\s+)$/,
    (_, m1, m2) => m1 + (
      m2.indexOf('\\') === 0
        ? SPACE
        : EMPTY
    )
  ],

  // replace (\ ) with ' '
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    /(\\+?)\s/g,
    (_, m1) => {
      const {length} = m1
      return m1.slice(0, length - length % 2) + SPACE
    }
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^'
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/'
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*\\\*\\\*\\\//,

    // '**/foo' <-> 'foo'
    () => '^(?:.*\\/)?'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    /^(?=[^^])/,
    function startingReplacer () {
      // If has a slash `/` at the beginning or middle
      return !/\/(?!$)/.test(this)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/
      // > A slash followed by two consecutive asterisks then a slash matches
      // >   zero or more directories.
      // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
      // '/**/'
      ? '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder
      : '\\/.+'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\]+)(\\\*)+(?=.+)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    (_, p1, p2) => {
      // 1.
      // > An asterisk "*" matches anything except a slash.
      // 2.
      // > Other consecutive asterisks are considered regular asterisks
      // > and will match according to the previous rules.
      const unescaped = p2.replace(/\\\*/g, '[^\\/]*')
      return p1 + unescaped
    }
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE
  ],

  [
    // > The range notation, e.g. [a-zA-Z],
    // > can be used to match one of the characters in a range.

    // `\` is escaped by step 3
    /(\\)?\[([^\]/]*?)(\\*)($|\])/g,
    (match, leadEscape, range, endEscape, close) => leadEscape === ESCAPE
      // '\\[bar]' -> '\\\\[bar\\]'
      ? `\\[${range}${cleanRangeBackSlash(endEscape)}${close}`
      : close === ']'
        ? endEscape.length % 2 === 0
          // A normal case, and it is a range notation
          // '[bar]'
          // '[bar\\\\]'
          ? `[${sanitizeRange(range)}${endEscape}]`
          // Invalid range notaton
          // '[bar\\]' -> '[bar\\\\]'
          : '[]'
        : '[]'
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    /(?:[^*])$/,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    match => /\/$/.test(match)
      // foo/ will not match 'foo'
      ? `${match}$`
      // foo matches 'foo' and 'foo/'
      : `${match}(?=$|\\/$)`
  ],

  // trailing wildcard
  [
    /(\^|\\\/)?\\\*$/,
    (_, p1) => {
      const prefix = p1
        // '\^':
        // '/*' does not match EMPTY
        // '/*' does not match everything

        // '\\\/':
        // 'abc/*' does not match 'abc/'
        ? `${p1}[^/]+`

        // 'a*' matches 'a'
        // 'a*' matches 'aa'
        : '[^/]*'

      return `${prefix}(?=$|\\/$)`
    }
  ],
]

// A simple cache, because an ignore rule only has only one certain meaning
const regexCache = Object.create(null)

// @param {pattern}
const makeRegex = (pattern, ignoreCase) => {
  let source = regexCache[pattern]

  if (!source) {
    source = REPLACERS.reduce(
      (prev, [matcher, replacer]) =>
        prev.replace(matcher, replacer.bind(pattern)),
      pattern
    )
    regexCache[pattern] = source
  }

  return ignoreCase
    ? new RegExp(source, 'i')
    : new RegExp(source)
}

const isString = subject => typeof subject === 'string'

// > A blank line matches no files, so it can serve as a separator for readability.
const checkPattern = pattern => pattern
  && isString(pattern)
  && !REGEX_TEST_BLANK_LINE.test(pattern)
  && !REGEX_INVALID_TRAILING_BACKSLASH.test(pattern)

  // > A line starting with # serves as a comment.
  && pattern.indexOf('#') !== 0

const splitPattern = pattern => pattern.split(REGEX_SPLITALL_CRLF)

class IgnoreRule {
  constructor (
    origin,
    pattern,
    negative,
    regex
  ) {
    this.origin = origin
    this.pattern = pattern
    this.negative = negative
    this.regex = regex
  }
}

const createRule = (pattern, ignoreCase) => {
  const origin = pattern
  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (pattern.indexOf('!') === 0) {
    negative = true
    pattern = pattern.substr(1)
  }

  pattern = pattern
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regex = makeRegex(pattern, ignoreCase)

  return new IgnoreRule(
    origin,
    pattern,
    negative,
    regex
  )
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

const isNotRelative = path => REGEX_TEST_INVALID_PATH.test(path)

checkPath.isNotRelative = isNotRelative
checkPath.convert = p => p

class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = []
    this._ignoreCase = ignoreCase
    this._allowRelativePaths = allowRelativePaths
    this._initCache()
  }

  _initCache () {
    this._ignoreCache = Object.create(null)
    this._testCache = Object.create(null)
  }

  _addPattern (pattern) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules)
      this._added = true
      return
    }

    if (checkPattern(pattern)) {
      const rule = createRule(pattern, this._ignoreCase)
      this._added = true
      this._rules.push(rule)
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false

    makeArray(
      isString(pattern)
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._addPattern, this)

    // Some rules have just added to the ignore,
    // making the behavior changed.
    if (this._added) {
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  //          |           ignored : unignored
  // negative |   0:0   |   0:1   |   1:0   |   1:1
  // -------- | ------- | ------- | ------- | --------
  //     0    |  TEST   |  TEST   |  SKIP   |    X
  //     1    |  TESTIF |  SKIP   |  TEST   |    X

  // - SKIP: always skip
  // - TEST: always test
  // - TESTIF: only test if checkUnignored
  // - X: that never happen

  // @param {boolean} whether should check if the path is unignored,
  //   setting `checkUnignored` to `false` could reduce additional
  //   path matching.

  // @returns {TestResult} true if a file is ignored
  _testOne (path, checkUnignored) {
    let ignored = false
    let unignored = false

    this._rules.forEach(rule => {
      const {negative} = rule
      if (
        unignored === negative && ignored !== unignored
        || negative && !ignored && !unignored && !checkUnignored
      ) {
        return
      }

      const matched = rule.regex.test(path)

      if (matched) {
        ignored = !negative
        unignored = negative
      }
    })

    return {
      ignored,
      unignored
    }
  }

  // @returns {TestResult}
  _test (originalPath, cache, checkUnignored, slices) {
    const path = originalPath
      // Supports nullable path
      && checkPath.convert(originalPath)

    checkPath(
      path,
      originalPath,
      this._allowRelativePaths
        ? RETURN_FALSE
        : throwError
    )

    return this._t(path, cache, checkUnignored, slices)
  }

  _t (path, cache, checkUnignored, slices) {
    if (path in cache) {
      return cache[path]
    }

    if (!slices) {
      // path/to/a.js
      // ['path', 'to', 'a.js']
      slices = path.split(SLASH)
    }

    slices.pop()

    // If the path has no parent directory, just test it
    if (!slices.length) {
      return cache[path] = this._testOne(path, checkUnignored)
    }

    const parent = this._t(
      slices.join(SLASH) + SLASH,
      cache,
      checkUnignored,
      slices
    )

    // If the path contains a parent directory, check the parent first
    return cache[path] = parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._testOne(path, checkUnignored)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, false).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, true)
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(path && checkPath.convert(path), path, RETURN_FALSE)

factory.isPathValid = isPathValid

// Fixes typescript
factory.default = factory

module.exports = factory

// Windows
// --------------------------------------------------------------
/* istanbul ignore if */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && (
    process.env && process.env.IGNORE_TEST_WIN32
    || process.platform === 'win32'
  )
) {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGIX_IS_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGIX_IS_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


/***/ }),

/***/ 67001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ runBounded)
/* harmony export */ });
/** Run `work` over items with at most `limit` in flight; the first failure stops new work and is rethrown. */
async function runBounded(items, limit, work) {
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const item = items[next++];
            try {
                await work(item);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    };
    const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
    const results = await Promise.allSettled(workers);
    const rejected = results.find((result) => result.status === 'rejected');
    if (rejected)
        throw rejected.reason;
}


/***/ }),

/***/ 3151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ formatContentHash),
  s: () => (/* binding */ hashContent)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __webpack_require__(48826);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(70298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./packages/assets/src/ignore-rules.ts
/**
 * Which files of a folder are left out of its upload, the way the Azure ML CLI v2 decides it: the `.amlignore` at the
 * root of the folder, or its `.gitignore` when there is no `.amlignore` (never both), read with gitignore
 * (gitwildmatch) semantics, case-sensitive, relative to that root. Ignore files in subfolders are not read, as the
 * CLI does not read them either. The ignore file itself is uploaded unless a pattern excludes it.
 */




const IGNORE_FILE_NAMES = ['.amlignore', '.gitignore'];
/** No ignore file: nothing is left out. */
const NO_IGNORE_RULES = { source: undefined, excludes: () => false };
async function loadIgnoreRules(root) {
    for (const name of IGNORE_FILE_NAMES) {
        const file = external_node_path_default().join(root, name);
        const text = await (0,promises_.readFile)(file, 'utf8').catch((error) => {
            const code = error.code;
            if (code === 'ENOENT')
                return undefined;
            throw new errors/* UserError */.y(`The ignore file '${file}' cannot be read (${code ?? String(error)}): it decides which files are uploaded. Make it a readable text file or remove it.`, { kind: 'input', cause: error });
        });
        if (text !== undefined)
            return ignoreRules(name, text);
    }
    return NO_IGNORE_RULES;
}
/** Rules from the text of an ignore file. */
function ignoreRules(source, text) {
    // The package is CommonJS: under NodeNext its callable factory is the `default` property of module.exports.
    const matcher = ignore_default()["default"]({ ignorecase: false }).add(text);
    return { source, excludes: (relativePath) => matcher.ignores(relativePath) };
}

;// CONCATENATED MODULE: ./packages/assets/src/content-hash.ts
/**
 * Content hash of a file or folder (a model, a code folder, ...): SHA-256 over the files in sorted relative POSIX
 * path order, each contributing its path, its size and its bytes. The order the file system lists entries in never
 * matters, and the bytes are read through one reused buffer, so memory stays flat whatever the content's size.
 * Files the folder's `.amlignore` (else `.gitignore`) excludes are neither hashed nor uploaded, as with the CLI.
 */





/** Format version mixed into every hash, so a future change of the scheme never collides with old uploads. */
const SCHEME = 'aml-actions-content-v1';
/** One read buffer, reused for every file: memory stays the same whatever the content's size. */
const READ_SIZE = 1024 * 1024;
/** How a hash is shown in tags and outputs. */
function formatContentHash(hash) {
    return `sha256:${hash}`;
}
/** Hash a file or folder; `source` names where the path came from and what it holds, in errors. */
async function hashContent(contentPath, source = { input: 'path', noun: 'content' }, options = {}) {
    const { input, noun } = source;
    const root = external_node_path_default().resolve(contentPath);
    const info = await (0,promises_.stat)(root).catch((error) => {
        throw new errors/* UserError */.y(`${input}: '${contentPath}' does not exist (resolved to ${root}). Give the path of the ${noun} file or folder, relative to the workspace checkout.`, { kind: 'input', cause: error });
    });
    const name = external_node_path_default().basename(root);
    let listing;
    if (info.isFile()) {
        listing = {
            entries: [{ absolutePath: root, relativePath: name, size: info.size }],
            rules: undefined,
            excluded: 0,
        };
    }
    else if (info.isDirectory()) {
        listing = await listFolder(root, options.ignoreFiles ?? true);
        if (listing.entries.length === 0) {
            const why = listing.excluded > 0
                ? `every file in it is excluded by its ${listing.rules?.source ?? 'ignore file'}`
                : 'no files in it or its subfolders';
            throw new errors/* UserError */.y(`${input}: the folder '${contentPath}' has nothing to upload (${why}). Point it at the folder that holds the ${noun} files${listing.excluded > 0 ? ', or loosen the ignore file' : ''}.`, { kind: 'input' });
        }
    }
    else {
        throw new errors/* UserError */.y(`${input}: '${contentPath}' is neither a file nor a folder. Give a ${noun} file or folder.`, {
            kind: 'input',
        });
    }
    const { entries } = listing;
    const whole = (0,external_node_crypto_.createHash)('sha256').update(`${SCHEME}\0${info.isFile() ? 'file' : 'folder'}\0`);
    const files = [];
    let totalBytes = 0;
    const buffer = Buffer.allocUnsafe(READ_SIZE);
    for (const entry of entries) {
        whole.update(`${entry.relativePath}\0${entry.size}\0`);
        const sha256 = await streamInto(entry.absolutePath, entry.size, whole, buffer);
        files.push({ ...entry, sha256 });
        totalBytes += entry.size;
    }
    return {
        kind: info.isFile() ? 'file' : 'folder',
        name,
        hash: whole.digest('hex'),
        files,
        totalBytes,
        ignoreFile: listing.rules?.source,
        excludedEntries: listing.excluded,
    };
}
/**
 * All regular files below root that the ignore rules keep, sorted by relative POSIX path compared as code units.
 * Symbolic links are followed; a folder reached twice (a link cycle) is read once; an excluded folder is not read.
 */
async function listFolder(root, useIgnoreFiles) {
    const rules = useIgnoreFiles ? await loadIgnoreRules(root) : NO_IGNORE_RULES;
    const entries = [];
    let excluded = 0;
    const visited = new Set();
    const pending = [root];
    for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
        const real = await (0,promises_.realpath)(dir);
        if (visited.has(real))
            continue;
        visited.add(real);
        for (const entryName of await (0,promises_.readdir)(dir)) {
            const absolutePath = external_node_path_default().join(dir, entryName);
            const relativePath = external_node_path_default().relative(root, absolutePath).split((external_node_path_default()).sep).join('/');
            const info = await (0,promises_.stat)(absolutePath);
            if (info.isDirectory()) {
                if (rules.excludes(`${relativePath}/`))
                    excluded += 1;
                else
                    pending.push(absolutePath);
            }
            else if (info.isFile()) {
                if (rules.excludes(relativePath))
                    excluded += 1;
                else
                    entries.push({ absolutePath, relativePath, size: info.size });
            }
        }
    }
    entries.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
    return { entries, rules: rules.source === undefined ? undefined : rules, excluded };
}
/** Read a file through the running content hash and its own digest; the file must still have the size listed. */
async function streamInto(file, expectedSize, whole, buffer) {
    const own = (0,external_node_crypto_.createHash)('sha256');
    let read = 0;
    const handle = await (0,promises_.open)(file, 'r');
    try {
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            const chunk = buffer.subarray(0, bytesRead);
            whole.update(chunk);
            own.update(chunk);
            read += bytesRead;
        }
    }
    finally {
        await handle.close();
    }
    if (read !== expectedSize) {
        throw new errors/* UserError */.y(`The file '${file}' changed size while it was being hashed (${expectedSize} then ${read} bytes). Run this step after the step that writes it has finished.`);
    }
    return own.digest('hex');
}


/***/ }),

/***/ 31406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H3: () => (/* binding */ uploadContent)
/* harmony export */ });
/* unused harmony exports UPLOAD_ROOT, contentPath */
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48826);
/* harmony import */ var _bounded_pool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67001);
/* harmony import */ var _content_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3151);
/* harmony import */ var _http_status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42070);
/* harmony import */ var _transfer_progress_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61310);





const UPLOAD_ROOT = 'LocalUpload';
const SHA256_KEY = 'content_sha256';
const STATUS_KEY = 'upload_status';
const COMPLETED = 'completed';
const HASH_KEY = 'content_hash';
function contentPath(content) {
    return `${UPLOAD_ROOT}/${content.hash}/${content.name}`;
}
function blobNameOf(content, file) {
    return content.kind === 'file' ? contentPath(content) : `${contentPath(content)}/${file.relativePath}`;
}
async function uploadContent(container, content, logger, options = {}) {
    const target = contentPath(content);
    const blockSize = options.blockSize ?? 8 * 1024 * 1024;
    const existing = await storageCall(container, 'list', () => listExisting(container, `${UPLOAD_ROOT}/${content.hash}/`));
    const indicator = content.files[0];
    if (!indicator)
        throw new Error(`No files to upload for ${(0,_content_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .formatContentHash */ .t)(content.hash)}`);
    const indicatorName = blobNameOf(content, indicator);
    const complete = existing.get(indicatorName)?.metadata[STATUS_KEY] === COMPLETED;
    const isPresent = (file) => {
        const blob = existing.get(blobNameOf(content, file));
        return blob?.size === file.size && blob.metadata[SHA256_KEY] === file.sha256;
    };
    const todo = content.files.filter((file) => !isPresent(file));
    const skippedFiles = content.files.length - todo.length;
    const where = `${container.containerName}/${target}`;
    if (content.ignoreFile !== undefined) {
        logger.info(`${content.ignoreFile} of '${content.name}' leaves out ${content.excludedEntries} files or folders: they are neither hashed nor uploaded.`);
    }
    if (complete && todo.length === 0) {
        logger.info(`Content ${(0,_content_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .formatContentHash */ .t)(content.hash)} is already uploaded to ${where} (${content.files.length} files): nothing sent.`);
        return {
            path: target,
            uploadedFiles: 0,
            uploadedBytes: 0,
            skippedFiles,
            alreadyComplete: true,
            figures: undefined,
        };
    }
    if (existing.size > 0) {
        logger.info(`Found an unfinished upload at ${where}: ${skippedFiles} of ${content.files.length} files already there; sending the other ${todo.length}.`);
    }
    const todoBytes = todo.reduce((sum, file) => sum + file.size, 0);
    logger.info(`Uploading ${todo.length} files (${(todoBytes / 1024 / 1024).toFixed(1)} MB) to ${where}`);
    const progress = (0,_transfer_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .startTransferProgress */ .j)(logger, { files: todo.length, bytes: todoBytes }, { intervalMs: options.progressIntervalMs });
    await (0,_bounded_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .runBounded */ .B)(todo, options.fileConcurrency ?? 8, async (file) => {
        const name = blobNameOf(content, file);
        await storageCall(container, 'upload', () => container.getBlockBlobClient(name).uploadFile(file.absolutePath, {
            blockSize,
            maxSingleShotSize: blockSize,
            concurrency: options.blockConcurrency ?? 4,
            metadata: { [SHA256_KEY]: file.sha256 },
            abortSignal: options.abortSignal,
            onProgress: (event) => {
                progress.fileBytes(name, event.loadedBytes);
            },
        }));
        progress.fileDone(name, file.size);
    });
    const figures = progress.finish();
    await storageCall(container, 'mark', () => container
        .getBlockBlobClient(indicatorName)
        .setMetadata({ [SHA256_KEY]: indicator.sha256, [STATUS_KEY]: COMPLETED, [HASH_KEY]: content.hash }, { abortSignal: options.abortSignal }));
    return {
        path: target,
        uploadedFiles: todo.length,
        uploadedBytes: todoBytes,
        skippedFiles,
        alreadyComplete: false,
        figures,
    };
}
async function listExisting(container, prefix) {
    const found = new Map();
    for await (const blob of container.listBlobsFlat({ prefix, includeMetadata: true })) {
        found.set(blob.name, { size: blob.properties.contentLength, metadata: blob.metadata ?? {} });
    }
    return found;
}
/** Storage failures a user can fix (no access, no container) become a UserError naming the container. */
async function storageCall(container, what, call) {
    try {
        return await call();
    }
    catch (error) {
        const status = (0,_http_status_js__WEBPACK_IMPORTED_MODULE_3__/* .httpStatusOf */ .s)(error);
        if (status === 403 || status === 401) {
            throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`The identity may not ${what === 'list' ? 'read' : 'write'} the default datastore's container '${container.containerName}' (HTTP ${status}). ` +
                'Give it the Storage Blob Data Contributor role on the workspace storage account, or use a writer identity for this workspace.', { kind: 'permission', cause: error });
        }
        if (status === 404) {
            throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`The default datastore's container '${container.containerName}' does not exist in its storage account. Check the workspace's default datastore.`, { kind: 'not-found', cause: error });
        }
        throw error;
    }
}


/***/ }),

/***/ 42070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ httpStatusOf)
/* harmony export */ });
/** The HTTP status of an error thrown by an Azure SDK client (RestError and friends), if it carries one. */
function httpStatusOf(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const { statusCode } = error;
    return typeof statusCode === 'number' ? statusCode : undefined;
}


/***/ }),

/***/ 78882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ workflowRunUrl),
/* harmony export */   S0: () => (/* binding */ githubContextFromEnv),
/* harmony export */   Wl: () => (/* binding */ LINEAGE_TAGS),
/* harmony export */   a8: () => (/* binding */ CONTENT_HASH_TAG),
/* harmony export */   v4: () => (/* binding */ lineageTags)
/* harmony export */ });
/**
 * Lineage tags on what the actions create (model versions, jobs): where it came from (commit, ref, repository,
 * workflow run, actor, job, workflow), its content hash when there is one and, when given, the Azure ML job that
 * produced it.
 */
/** The tag holding a content hash (`sha256:<hex>`): lets a re-run find the version that already holds the content. */
const CONTENT_HASH_TAG = 'content-hash';
/** The context from the runner's GITHUB_* variables. */
function githubContextFromEnv(env) {
    return {
        sha: env.GITHUB_SHA,
        ref: env.GITHUB_REF,
        repository: env.GITHUB_REPOSITORY,
        serverUrl: env.GITHUB_SERVER_URL,
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
        actor: env.GITHUB_ACTOR,
        job: env.GITHUB_JOB,
        workflow: env.GITHUB_WORKFLOW,
    };
}
const LINEAGE_TAGS = {
    commit: 'git-commit',
    ref: 'git-ref',
    repository: 'git-repository',
    runUrl: 'github-run-url',
    actor: 'github-actor',
    job: 'github-job',
    workflow: 'github-workflow',
    azureMlJob: 'azureml-job',
};
function workflowRunUrl(context) {
    if (!context.repository || !context.runId)
        return undefined;
    const base = `${context.serverUrl ?? 'https://github.com'}/${context.repository}/actions/runs/${context.runId}`;
    return context.runAttempt && context.runAttempt !== '1' ? `${base}/attempts/${context.runAttempt}` : base;
}
/** Tags for a version: only the facts that are known (outside a runner most are absent). */
function lineageTags(context, contentHash, azureMlJob) {
    const entries = [
        [LINEAGE_TAGS.commit, context.sha],
        [LINEAGE_TAGS.ref, context.ref],
        [LINEAGE_TAGS.repository, context.repository],
        [LINEAGE_TAGS.runUrl, workflowRunUrl(context)],
        [LINEAGE_TAGS.actor, context.actor],
        [LINEAGE_TAGS.job, context.job],
        [LINEAGE_TAGS.workflow, context.workflow],
        [LINEAGE_TAGS.azureMlJob, azureMlJob],
        [CONTENT_HASH_TAG, contentHash],
    ];
    return Object.fromEntries(entries.filter((entry) => entry[1] !== undefined && entry[1] !== ''));
}


/***/ }),

/***/ 61310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ startTransferProgress)
/* harmony export */ });
const MB = 1024 * 1024;
function startTransferProgress(logger, totals, options = {}) {
    const verbs = options.verbs ?? { running: 'Uploading', done: 'Uploaded' };
    const now = options.now ?? Date.now;
    const intervalMs = options.intervalMs ?? 5000;
    const started = now();
    const perFile = new Map();
    let doneBytes = 0;
    let doneFiles = 0;
    let lastLine = started;
    const figures = () => {
        let inFlight = 0;
        for (const loaded of perFile.values())
            inFlight += loaded;
        const bytes = doneBytes + inFlight;
        const seconds = (now() - started) / 1000;
        return { files: doneFiles, bytes, seconds, megabytesPerSecond: seconds > 0 ? bytes / MB / seconds : 0 };
    };
    const line = (prefix) => {
        const f = figures();
        logger.info(`${prefix}: ${f.files}/${totals.files} files, ${(f.bytes / MB).toFixed(1)}/${(totals.bytes / MB).toFixed(1)} MB, ` +
            `${f.megabytesPerSecond.toFixed(1)} MB/s, ${f.seconds.toFixed(1)} s`);
        return f;
    };
    const maybeLine = () => {
        if (now() - lastLine >= intervalMs) {
            lastLine = now();
            line(verbs.running);
        }
    };
    return {
        fileBytes(fileKey, loadedBytes) {
            perFile.set(fileKey, loadedBytes);
            maybeLine();
        },
        fileDone(fileKey, size) {
            perFile.delete(fileKey);
            doneBytes += size;
            doneFiles += 1;
            maybeLine();
        },
        finish: () => line(verbs.done),
    };
}


/***/ }),

/***/ 94914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ DEFAULT_DATASTORE),
/* harmony export */   L: () => (/* binding */ getDatastoreContainer)
/* harmony export */ });
/* harmony import */ var _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95658);
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48826);
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85736);
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30869);
/* harmony import */ var _arm_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64937);
/* harmony import */ var _clouds_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20108);





const DEFAULT_DATASTORE = 'workspaceblobstore';
async function getDatastoreContainer(mlClient, workspace, cloud, logger, options = {}) {
    const name = options.datastoreName ?? DEFAULT_DATASTORE;
    const resource = `datastore '${name}' in workspace '${workspace.workspace}'`;
    const datastore = await mlClient.datastores
        .get(workspace.resourceGroup, workspace.workspace, name)
        .catch((e) => {
        throw (0,_arm_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .translateArmError */ .l)(e, { action: `Reading ${resource}`, resource });
    });
    const properties = datastore.properties;
    if (properties.datastoreType !== 'AzureBlob') {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`The ${resource} is of type ${properties.datastoreType}; only AzureBlob datastores can be used here. ` +
            `Use '${DEFAULT_DATASTORE}' or another Azure Blob datastore.`);
    }
    const { accountName, containerName } = properties;
    if (!accountName || !containerName) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`The ${resource} names no storage account or container; fix the datastore in Azure ML.`);
    }
    const containerUrl = `${(0,_clouds_js__WEBPACK_IMPORTED_MODULE_4__/* .blobAccountUrl */ .se)(cloud, accountName)}/${encodeURIComponent(containerName)}`;
    const credentialsType = properties.credentials.credentialsType;
    const where = `container '${containerName}' of storage account '${accountName}'`;
    if (credentialsType === 'None') {
        if (options.credential === undefined) {
            throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`The ${resource} is identity-based (no stored credentials), and no Azure credential was given to reach it.`);
        }
        logger.info(`Datastore ${name}: ${where}, signed in as the action's identity`);
        return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(containerUrl, options.credential, options.clientOptions);
    }
    if (credentialsType !== 'AccountKey' && credentialsType !== 'Sas') {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`The ${resource} uses ${credentialsType} credentials, which this suite does not use for blob access. ` +
            `Give the datastore an account key, a SAS token, or make it identity-based.`);
    }
    const fallback = options.fallbackToIdentity === true ? options.credential : undefined;
    const secrets = await mlClient.datastores
        .listSecrets(workspace.resourceGroup, workspace.workspace, name)
        .catch((e) => {
        if (fallback !== undefined && isForbidden(e))
            return fallback;
        throw (0,_arm_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .translateArmError */ .l)(e, { action: `Reading the secrets of ${resource}`, resource });
    });
    if ('getToken' in secrets) {
        logger.info(`Datastore ${name}: ${where}, signed in as the action's identity (it may not list the datastore's secrets; ` +
            'reading needs the Storage Blob Data Reader role on the storage account)');
        return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(containerUrl, secrets, options.clientOptions);
    }
    if (secrets.secretsType === 'AccountKey') {
        const key = secrets.key;
        if (!key)
            throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Azure ML returned no account key for the ${resource}.`, { kind: 'service' });
        (0,_aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_5__/* .maskSecret */ .$)(logger, key);
        logger.info(`Datastore ${name}: ${where}, with the account key`);
        return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(containerUrl, new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .StorageSharedKeyCredential */ .Z3(accountName, key), options.clientOptions);
    }
    if (secrets.secretsType === 'Sas') {
        const sas = secrets.sasToken?.replace(/^\?/, '');
        if (!sas)
            throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Azure ML returned no SAS token for the ${resource}.`, { kind: 'service' });
        (0,_aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_5__/* .maskSecret */ .$)(logger, sas);
        logger.info(`Datastore ${name}: ${where}, with a SAS token`);
        return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(`${containerUrl}?${sas}`, new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .AnonymousCredential */ .tv(), options.clientOptions);
    }
    throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Azure ML returned ${secrets.secretsType} secrets for the ${resource}, which has ${credentialsType} credentials.`, { kind: 'service' });
}
function isForbidden(e) {
    return (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_1__/* .isRestError */ .T0)(e) && e.statusCode === 403;
}


/***/ })

};
