/**
 * The README and docs/ point at each other and at files in the repository; a file moved or a
 * heading renamed leaves a link that silently goes nowhere. Every relative link (and image) in
 * README.md and docs/**\/*.md must name a file that exists, and an anchor must name a heading of
 * the file it points into (as GitHub derives anchors from headings). Links to other sites are not
 * checked: the tests run without a network.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/seeds.ts';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? markdownFiles(p) : p.endsWith('.md') ? [p] : [];
  });
}

/** The text outside fenced code blocks and inline code spans, where a link is a link. */
function prose(text: string): string {
  return text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** Inline link and image targets: `[text](target)` and `![alt](target "title")`. */
export function linkTargets(text: string): string[] {
  return [...prose(text).matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Every anchor a Markdown file offers, repeated headings numbered as GitHub numbers them. */
export function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of prose(text).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(m[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  return out;
}

/** What is wrong with each relative link of one file ('' when nothing is). */
export function brokenLinks(file: string, text: string): string[] {
  const problems: string[] = [];
  for (const target of linkTargets(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: …
    const [path = '', anchor] = target.split('#');
    const dest = path ? join(dirname(file), decodeURIComponent(path)) : file;
    const where = `${relative(ROOT, file)}: ${target}`;
    if (!existsSync(dest)) problems.push(`${where} (no such file)`);
    else if (anchor && dest.endsWith('.md')) {
      const headed = path ? readFileSync(dest, 'utf8') : text;
      if (!anchors(headed).has(anchor)) problems.push(`${where} (no such heading)`);
    }
  }
  return problems;
}

const files = [join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))];

describe('documentation links', () => {
  it('finds the README and the docs, with links in them', () => {
    expect(files.length).toBeGreaterThan(5);
    const count = files.reduce((n, f) => n + linkTargets(readFileSync(f, 'utf8')).length, 0);
    expect(count).toBeGreaterThan(20);
  });

  it('every relative link in README.md and docs/ resolves, anchors included', () => {
    const problems = files.flatMap((f) => brokenLinks(f, readFileSync(f, 'utf8')));
    expect(problems).toEqual([]);
  });

  it('catches a missing file, a missing heading and skips code and other sites', () => {
    const readme = join(ROOT, 'README.md');
    const text = [
      '# Top',
      '[ok](docs/using.md) [gone](docs/nowhere.md) [site](https://example.org/x.md)',
      '[bad anchor](docs/using.md#no-such-heading) [own](#top) [own bad](#nope)',
      '`[in code](missing.md)`',
      '```',
      '[in a block](missing-too.md)',
      '```',
    ].join('\n');
    expect(brokenLinks(readme, text)).toEqual([
      'README.md: docs/nowhere.md (no such file)',
      'README.md: docs/using.md#no-such-heading (no such heading)',
      'README.md: #nope (no such heading)',
    ]);
  });

  it("derives GitHub's anchors, Chinese and punctuation included", () => {
    expect(slug("Import: formats and the reader's choice")).toBe(
      'import-formats-and-the-readers-choice',
    );
    expect(slug('Layers (arrows point down)')).toBe('layers-arrows-point-down');
    expect(slug('主城 inset')).toBe('主城-inset');
    expect([...anchors('# A\n## A\n## B')]).toEqual(['a', 'a-1', 'b']);
  });
});
