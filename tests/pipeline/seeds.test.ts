import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readSeedIndex } from '../../scripts/lib/seeds.ts';

const sha256 = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('seeds', () => {
  it('indexes exactly the five seed files', () => {
    const files = readdirSync(join(ROOT, 'seeds'))
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(readSeedIndex().map((e) => e.file)).toEqual(files);
    expect(files).toHaveLength(5);
  });

  it('keeps every seed byte for byte (SHA-256 as indexed)', () => {
    for (const e of readSeedIndex())
      expect(sha256(join(ROOT, 'seeds', e.file)), e.file).toBe(e.sha256);
  });

  it.skipIf(!existsSync(join(ROOT, '..', 'shared', 'seeds')))(
    'matches ../shared/seeds byte for byte',
    () => {
      for (const e of readSeedIndex()) {
        expect(sha256(join(ROOT, '..', 'shared', 'seeds', e.file)), e.file).toBe(e.sha256);
      }
    },
  );

  it('gives each seed a title, issuer and date', () => {
    for (const e of readSeedIndex()) {
      expect(e.title.length).toBeGreaterThan(4);
      expect(e.issuer).toMatch(/人民政府|委员会|工业和信息化部|办公厅/);
      expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
