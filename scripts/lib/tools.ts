/**
 * Build- and bench-time tools installed on demand into .cache/tools, pinned, outside package.json
 * (so `npm ci` for the app stays small and its lock file stays valid; see geo/SOURCE.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
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
