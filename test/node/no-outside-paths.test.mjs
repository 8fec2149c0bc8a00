// A plain clone works: no file in the repository reads a path outside it. Every tracked source,
// test, config and script file is scanned for relative paths that climb above the repository root
// (`../shared/…` from test/node/ is `../../../shared`) and for absolute paths of one machine
// (a checkout under /work/, a home directory). System tools (/usr/bin/chromium) are not files of
// ours and are allowed. Data (spec/, the lock file) and prose (*.md) are not scanned.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const self = fileURLToPath(import.meta.url);

const SCANNED_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.tsx', '.jsx', '.json', '.html', '.sh', '.yml', '.yaml']);
const SKIPPED = [/^spec\//, /^package-lock\.json$/, /(^|\/)node_modules\//, /^dist\//, /\.md$/];
/** Directories of one machine: a checkout, a home directory, a mount. */
const MACHINE_PATH = /(?<![\w.-])\/(?:work|home|Users|root|mnt|srv)\/[\w.@+-]/;
/**
 * `..`, `../x`, `./../x/y` at the start of a string or path argument: exactly two dots, not a spread
 * (`...rest`) and not a dot segment inside a URL (`https://host/a/../b`, test data for URL mapping).
 */
const PARENT_PATH = /(?<=^|['"`\s(=,:]|(?<![\w.])\.\/)\.\.(?![.\w])(?:\/[^\s'"`)\]},;|*?<>\\]*)?/g;
/** Paths the code resolves against the working directory (the repository root for npm scripts). */
const ROOT_RELATIVE = [
  /\b(?:root|process\.cwd\(\)|cwd\(\))\s*,\s*['"`](\.\.(?![.\w])[^'"`]*)/g,
  /\b(?:readFileSync|readFile|existsSync|readdirSync|readdir|statSync|stat|createReadStream|openSync|cpSync|copyFileSync|spawn|spawnSync|execFileSync|execFile|execSync)\s*\(\s*['"`](\.\.(?![.\w])[^'"`]*)/g,
];

/** The repository's files: `git ls-files` in a clone, a walk of the tree otherwise (a tarball). */
function repositoryFiles() {
  try {
    return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter(Boolean);
  } catch {
    const out = [];
    const walk = (dir) => {
      for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
        const path = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
          if (!['.git', 'node_modules', 'dist'].includes(entry.name) && !entry.name.startsWith('.wtr-')) walk(path);
        } else out.push(path);
      }
    };
    walk('');
    return out;
  }
}

/** Scripts without an extension (`.ci/run`) count when they start with a shebang. */
function isScanned(file) {
  if (SKIPPED.some((pattern) => pattern.test(file)) || resolve(root, file) === self) return false;
  if (SCANNED_EXTENSIONS.has(extname(file))) return true;
  if (extname(file) !== '') return false;
  try {
    return statSync(join(root, file)).isFile() && readFileSync(join(root, file), 'utf8').startsWith('#!');
  } catch {
    return false;
  }
}

/** Findings in one file's text: `line: reason`. */
export function outsidePaths(file, source) {
  const findings = [];
  const directory = dirname(resolve(root, file));
  source.split('\n').forEach((line, index) => {
    const where = `${file}:${index + 1}`;
    const machine = MACHINE_PATH.exec(line);
    if (machine) findings.push(`${where}: absolute machine path ${JSON.stringify(line.slice(machine.index, machine.index + 40))}`);
    const escapes = (base, path) => {
      const inside = relative(root, resolve(base, path));
      if (inside === '..' || inside.startsWith(`..${sep}`)) findings.push(`${where}: ${JSON.stringify(path)} resolves outside the repository (${inside})`);
    };
    for (const match of line.matchAll(PARENT_PATH)) escapes(directory, match[0]);
    for (const pattern of ROOT_RELATIVE) for (const match of line.matchAll(pattern)) escapes(root, match[1]);
  });
  return [...new Set(findings)];
}

describe('no file in the repository reads a path outside it', () => {
  it('the scan finds the paths it is meant to find (and no false alarms)', () => {
    assert.equal(outsidePaths('test/node/a.test.mjs', "new URL('../../../shared/zgw-openapi/', import.meta.url)").length, 1);
    assert.equal(outsidePaths('scripts/a.mjs', "join(root, '../shared')").length, 1);
    assert.equal(outsidePaths('a.mjs', "readFileSync('../x.yaml')").length, 1);
    assert.equal(outsidePaths('test/node/a.test.mjs', "const dir = '/work/shared/zgw-openapi';").length, 1);
    assert.equal(outsidePaths('a.mjs', 'const home = "/home/me/specs";').length, 1);
    assert.equal(outsidePaths('test/node/a.test.mjs', "new URL('../../demo/gateway/index.mjs', import.meta.url)").length, 0);
    assert.equal(outsidePaths('test/node/a.test.mjs', "import x from '../browser/robust/zgw-shapes.mjs';").length, 0);
    assert.equal(outsidePaths('a.mjs', 'const all = [...rest, ...more]; const chrome = "/usr/bin/chromium";').length, 0);
    assert.equal(outsidePaths('scripts/a.mjs', "new URL('..', import.meta.url)").length, 0);
    assert.equal(outsidePaths('a.ts', "const u = 'https://oz.example/zaken/api/v1/../../evil';").length, 0);
    assert.equal(outsidePaths('scripts/a.mjs', "readFileSync('../x/y.json')").length, 1);
  });

  it('every tracked source, test, config and script file stays inside the repository', () => {
    const files = repositoryFiles().filter(isScanned);
    assert.ok(files.length > 50, `scanned ${files.length} files`);
    assert.ok(files.includes('.ci/run') && files.includes('package.json') && files.includes('test/node/gateway.test.mjs'));
    const findings = files.flatMap((file) => outsidePaths(file, readFileSync(join(root, file), 'utf8')));
    assert.deepEqual(findings, []);
  });
});
