import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileModel, profilePlaces, profileSources } from '../../src/profiles/model.ts';
import { ROOT, readSeedIndex } from '../../scripts/lib/seeds.ts';
import { loadData } from '../helpers.ts';

const data = loadData();
const seeds = new Map<string, string>(
  readSeedIndex().map((s) => [s.id, readFileSync(join(ROOT, 'seeds', s.file), 'utf8')]),
);

describe('the district profile model', () => {
  it('has a profile for each of the 38 districts and the three functional zones, and no other', () => {
    const places = profilePlaces(data);
    expect(places).toHaveLength(41);
    expect(places.filter((p) => p.kind === 'functional-zone').map((p) => p.id)).toEqual([
      'zone-wansheng',
      'zone-liangjiang',
      'zone-gaoxin',
    ]);
    expect(new Set(places.map((p) => p.id)).size).toBe(41);
    // A Sichuan partner is on the map but has no 名片.
    expect(profileModel('510100', data)).toBeUndefined();
    expect(profileModel('nowhere', data)).toBeUndefined();
  });

  it('holds the sub-industries the table lists for the place, and only those', () => {
    for (const place of profilePlaces(data)) {
      const p = profileModel(place.id, data)!;
      const listed = data.layout.filter((r) => r.places.includes(place.id)).map((r) => r.id);
      expect(p.facts.rows.map((r) => r.id)).toEqual(listed);
    }
    // 荣昌 (500153): 眼镜制造 is one of its rows; 渝中 has none.
    expect(profileModel('500153', data)!.facts.rows.map((r) => r.id)).toContain('眼镜制造');
    expect(profileModel('500103', data)!.facts.rows).toEqual([]);
  });

  it('gives 黔江 its own plan and no other place one', () => {
    expect(profileModel('500114', data)!.plans.map((p) => p.id)).toEqual(['qianjiang-sanpin']);
    const others = profilePlaces(data).filter((p) => p.id !== '500114');
    for (const place of others) expect(profileModel(place.id, data)!.plans).toEqual([]);
  });

  it('applies a sector target only where the place has sub-industries of that sector', () => {
    for (const place of profilePlaces(data)) {
      const p = profileModel(place.id, data)!;
      const rows = new Set(p.facts.rows.map((r) => r.id));
      for (const t of p.targets) {
        expect(t.rows.length).toBeGreaterThan(0);
        expect(t.rows.every((r) => rows.has(r) && t.sector.rows.includes(r))).toBe(true);
        expect(t.target.id).toBe(t.sector.target);
      }
      const sectors = data.consumerSectors.filter((s) => s.rows.some((r) => rows.has(r)));
      expect(p.targets.map((t) => t.sector.id)).toEqual(sectors.map((s) => s.id));
    }
    expect(profileModel('500103', data)!.targets).toEqual([]);
  });

  it('names the 一区两群 group for every district and zone, bases, brands and 川渝 roles', () => {
    for (const place of profilePlaces(data))
      expect(profileModel(place.id, data)!.facts.group?.members).toContain(place.id);
    const fuling = profileModel('500102', data)!;
    expect(fuling.facts.brands.map((b) => b.id)).toContain('涪陵榨菜');
    const withBases = profilePlaces(data).filter(
      (p) => profileModel(p.id, data)!.facts.bases.length,
    );
    expect(withBases.length).toBeGreaterThan(5);
    const withCoop = profilePlaces(data).filter(
      (p) => profileModel(p.id, data)!.facts.cooperation.length,
    );
    expect(withCoop.length).toBeGreaterThan(5);
  });

  it('cites every fact with a quote found verbatim in its seed', () => {
    let n = 0;
    for (const place of profilePlaces(data)) {
      const sources = profileSources(profileModel(place.id, data)!);
      expect(sources.length).toBeGreaterThan(0);
      for (const s of sources) {
        const text = seeds.get(s.doc);
        expect(text, `${place.name}: seed ${s.doc}`).toBeDefined();
        expect(text!.includes(s.quote), `${place.name}: ${s.quote.slice(0, 40)}`).toBe(true);
        n++;
      }
    }
    expect(n).toBeGreaterThan(200);
  });
});

describe('the single file’s briefing', () => {
  const tour = JSON.parse(readFileSync(join(ROOT, 'data', 'tour.json'), 'utf8')).tours[1];
  const html =
    '<!doctype html><html><head><script type="module">let a = 1;</script></head><body><div id="map"></div></body></html>';

  it('goes in once, before </body>, and reads back as the same briefing', async () => {
    const { withBriefing } = await import('../../src/briefing/single-file.ts');
    const { readBriefingFile } = await import('../../src/briefing/file.ts');
    const once = withBriefing(html, tour);
    const twice = withBriefing(once, tour);
    expect(twice).toBe(once);
    expect(once.match(/id="cq-briefing"/g)).toHaveLength(1);
    expect(once.endsWith('</script></body></html>')).toBe(true);
    const json = /<script type="application\/json" id="cq-briefing">([^<]*)<\/script>/.exec(
      once,
    )![1]!;
    const read = readBriefingFile(json, data, (d) => seeds.get(d));
    expect(read).toEqual({ ok: true, tour });
  });

  it('cannot be closed early by a caption that holds markup', async () => {
    const { withBriefing } = await import('../../src/briefing/single-file.ts');
    const evil = structuredClone(tour);
    evil.chapters[0].caption.zh = '</script><script>alert(1)</script>';
    const out = withBriefing(html, evil);
    expect(out.match(/<script/g)).toHaveLength(2);
    const json = /id="cq-briefing">([^<]*)<\/script>/.exec(out)![1]!;
    expect(JSON.parse(json).tour.chapters[0].caption.zh).toBe(evil.chapters[0].caption.zh);
  });

  it('is named after the briefing', async () => {
    const { singleFileName } = await import('../../src/briefing/single-file.ts');
    expect(singleFileName(tour, 'zh')).toBe(`${tour.title.zh}.html`);
    expect(singleFileName({ ...tour, title: { zh: 'a/b: c?', en: '' } }, 'zh')).toBe('a-b-c-.html');
  });
});
