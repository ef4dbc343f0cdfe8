/**
 * seeds → data: runs every stage over the seed texts and returns the files of `data/`.
 * Pure (texts in, objects out); scripts/build-data.ts writes them.
 */
import { parsePriorities } from './priorities.ts';
import { extractBrands } from './brands.ts';
import { consumerSectors } from './consumer-sectors.ts';
import { parseDistrictPlan } from './district-plans.ts';
import { parseDirections, parseSectors } from './sectors.ts';
import { pinyin } from 'pinyin-pro';
import { BASE_CLAUSES, BELTS, FRAMEWORKS, PROGRAMMES } from './curation.ts';
import { GROUPS, PLACES, resolvePlace, type GroupId } from './gazetteer.ts';
import { parseLayoutTable } from './parse-layout-table.ts';
import { resolveLayout } from './resolve-layout.ts';
import { parseTargets000, parseTargets002 } from './parse-targets.ts';
import { cite, type DocId } from './seed-text.ts';
import type {
  BaseRecord,
  CooperationRecord,
  FrameworkRecord,
  GroupRecord,
  BeltRecord,
  PlaceRecord,
  DataFiles,
} from '../data/types.ts';

export type SeedTexts = Readonly<Record<DocId, string>>;

function placeId(name: string): string {
  const p = PLACES.find((x) => x.name === name);
  if (!p) throw new Error(`unknown place ${name}`);
  return p.id;
}

function must<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(what);
  return v;
}

function checkIn(haystack: string, needle: string, where: string): void {
  if (!haystack.includes(needle)) throw new Error(`${where}: "${needle}" is not in "${haystack}"`);
}

function buildBases(seeds: SeedTexts): { bases: BaseRecord[]; cooperation: CooperationRecord[] } {
  const bases: BaseRecord[] = [];
  const cooperation: CooperationRecord[] = [];
  for (const spec of BASE_CLAUSES) {
    const programme = must(
      PROGRAMMES.find((p) => p.id === spec.programme),
      `unknown programme ${spec.programme}`,
    );
    const source = cite(programme.doc, seeds[programme.doc], spec.clause);
    const site = { doc: source.doc, line: source.line };
    for (const n of [...spec.places, ...(spec.partners ?? [])]) checkIn(spec.clause, n, 'place');
    const places = spec.places.map((n) => resolvePlace(n, site));
    const partners = (spec.partners ?? []).map((n) => resolvePlace(n, site).id);
    const inferred = (spec.inferredPartners?.names ?? []).map((n) => resolvePlace(n, site).id);
    const notes = [spec.note, spec.inferredPartners?.note, spec.frameworkNote].filter(Boolean);
    const note = notes.length ? { note: notes.join(' ') } : {};
    for (const theme of spec.themes) {
      checkIn(spec.clause, theme.quote, 'theme');
      for (const place of places) {
        bases.push({
          id: `${spec.programme}:${place.short}:${theme.quote}`,
          programme: spec.programme,
          place: place.id,
          placeName: must(
            spec.places.find((n) => resolvePlace(n, site).id === place.id),
            'place name',
          ),
          theme: theme.quote,
          themeEn: theme.en,
          partners,
          inferredPartners: inferred,
          framework: spec.framework ?? null,
          ...note,
          source,
        });
      }
      if (spec.programme === 'chuanyu-coop') {
        cooperation.push({
          id: `coop:${places.map((p) => p.short).join('+')}:${theme.quote}`,
          places: places.map((p) => p.id),
          partners,
          inferredPartners: inferred,
          theme: theme.quote,
          themeEn: theme.en,
          framework: spec.framework ?? null,
          ...note,
          source,
        });
      }
    }
  }
  return { bases, cooperation };
}

function buildFrameworks(seeds: SeedTexts): FrameworkRecord[] {
  return FRAMEWORKS.map((f) => {
    const source = cite(f.doc, seeds[f.doc], f.clause);
    checkIn(f.clause, f.name, 'framework');
    return {
      id: f.id,
      name: f.name,
      en: f.en,
      kind: f.kind,
      members: f.members.map((n) => resolvePlace(n, { doc: f.doc, line: source.line }).id),
      membersFrom: f.membersFrom,
      note: f.note,
      source,
    };
  });
}

// source: seed 002, lines 628–630 — the sentence of each group in "促进"一区两群"制造业协同发展".
const GROUP_CLAUSES: Readonly<Record<GroupId, string>> = {
  central:
    '推动中心城区加速发展战略性新兴产业、生产性服务业和数字经济等高端产业和产业链高端环节，实现高端化、创新化、服务化转型，建设全市制造业高质量发展的引领地',
  'new-area': '推动主城新区围绕电子、汽车摩托车、装备制造、消费品、原材料等支柱产',
  northeast:
    '推动渝东北三峡库区城镇群、渝东南武陵山区城镇群聚焦绿色食品、绿色建材、特色轻工等细分领域，高起点承接产业转移，打造一批“小而精”特色产业集群',
  southeast:
    '推动渝东北三峡库区城镇群、渝东南武陵山区城镇群聚焦绿色食品、绿色建材、特色轻工等细分领域，高起点承接产业转移，打造一批“小而精”特色产业集群',
};

function buildGroups(seeds: SeedTexts): GroupRecord[] {
  return GROUPS.map((g) => {
    const clause = GROUP_CLAUSES[g.id];
    checkIn(clause, g.name, 'group');
    const members = PLACES.filter((p) => p.province === 'chongqing' && p.group === g.id).map(
      (p) => p.id,
    );
    return {
      id: g.id,
      name: g.name,
      en: g.en,
      members,
      membersFrom: 'outside',
      note: '原文只列出群组名称，未列出所属区县；成员按重庆市“一区两群”官方划分（原文以外）。The source documents name the groups but not their members; membership follows the official 一区两群 division, from outside the source documents.',
      source: cite('002', seeds['002'], clause),
    };
  });
}

function buildBelts(seeds: SeedTexts): BeltRecord[] {
  return BELTS.map((b) => {
    const source = cite('002', seeds['002'], b.clause);
    return {
      id: b.id,
      name: b.name,
      en: b.en,
      members: b.members.map((m) => {
        checkIn(b.clause, m.text, 'belt member');
        return {
          place: resolvePlace(m.place, { doc: '002', line: source.line }).id,
          text: m.text,
          partial: m.partial,
        };
      }),
      ...(b.note ? { note: b.note } : {}),
      source,
    };
  });
}

function buildPlaces(): PlaceRecord[] {
  return PLACES.map((p) => ({
    ...p,
    pinyin: pinyin(p.short, { toneType: 'none', type: 'array' }).join(''),
    pinyinInitials: pinyin(p.short, { pattern: 'first', toneType: 'none', type: 'array' }).join(''),
  }));
}

/** All of data/, from the five seed texts. Throws on any quote, name or place it cannot trace. */
export function buildData(seeds: SeedTexts): DataFiles {
  const layout = resolveLayout(parseLayoutTable(seeds['000']));
  const { bases, cooperation } = buildBases(seeds);
  const programmes = PROGRAMMES.map((p) => ({
    id: p.id,
    name: p.name,
    en: p.en,
    source: cite(p.doc, seeds[p.doc], p.name),
  }));
  const targets = [...parseTargets000(seeds['000']), ...parseTargets002(seeds['002'])];
  return {
    places: buildPlaces(),
    layout,
    programmes,
    bases,
    cooperation,
    frameworks: buildFrameworks(seeds),
    groups: buildGroups(seeds),
    belts: buildBelts(seeds),
    targets,
    brands: extractBrands(seeds),
    priorities: parsePriorities(seeds['003']),
    sectors: parseSectors(seeds['002']),
    directions: parseDirections(seeds['002'], cooperation),
    consumerSectors: consumerSectors(layout, targets),
    plans: [
      parseDistrictPlan('004', seeds['004'], {
        id: 'qianjiang-sanpin',
        place: placeId('黔江区'),
        title: '黔江区实施“三品建设”引领现代化产业发展的实施意见',
        titleEn:
          'Qianjiang District: implementing opinions on leading modern industry through “three products” (variety, quality, brand)',
      }),
    ],
  };
}
