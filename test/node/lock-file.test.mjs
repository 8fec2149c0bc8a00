// `npm ci` accepts the committed lock file: it lists every platform's optional binaries (rollup's
// non-Linux builds were once missing, and `npm ci` refused the whole file as "out of sync"), and every
// direct dependency is locked at the exact version package.json pins.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));

describe('package-lock.json', () => {
  it('npm ci --dry-run accepts it (package.json and lock file in sync)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mijn-zaken-lock-'));
    try {
      for (const file of ['package.json', 'package-lock.json', '.npmrc']) copyFileSync(join(root, file), join(dir, file));
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      try {
        execFileSync(npm, ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'pipe', encoding: 'utf8' });
      } catch (error) {
        const output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
        assert.fail(`npm ci refused the lock file:\n${output.split('\n').filter((line) => /error/.test(line)).slice(0, 12).join('\n')}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('locks every direct dependency at the version package.json pins', () => {
    const pinned = { ...pkg.dependencies, ...pkg.devDependencies };
    for (const [name, version] of Object.entries(pinned)) {
      assert.equal(lock.packages[`node_modules/${name}`]?.version, version, name);
    }
  });

  it("has rollup's optional binaries for other platforms too", () => {
    const rollup = lock.packages['node_modules/rollup'];
    assert.ok(rollup, 'rollup is in the lock file');
    const optional = Object.keys(rollup.optionalDependencies ?? {});
    assert.ok(optional.length > 10);
    for (const name of optional) assert.ok(lock.packages[`node_modules/${name}`], `${name} is in the lock file`);
  });
});
