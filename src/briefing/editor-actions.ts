/**
 * What the briefing editor does (issue 22): each change to the model, then one save and one
 * redraw through `update`. Functions of the editor's `Env` (editor-view.ts), so the view that
 * calls them stays a function of the model.
 */
import { downloadBlob } from '../lib/download.ts';
import { loadSeedText, SEEDS } from '../data/seeds.ts';
import { sharedProjects, type BriefingRequest } from '../panels/briefing-entry.ts';
import { presentTour } from '../tour/presenter.ts';
import type { Tour } from '../tour/types.ts';
import { composeBriefing } from './compose.ts';
import { addChapter, chapterFromView, dropChapter } from './editor.ts';
import type { Env } from './editor-env.ts';
import { briefingFileText, readBriefingFile, type BriefingRead } from './file.ts';
import { KEPT_PREFIX, newKey } from './kept.ts';
import { bt } from './strings.ts';

const keptNote = (env: Env) =>
  env.shelf.problem ? bt(env.lang(), 'notKept', { problem: env.shelf.problem }) : '';

/** Replaces the current briefing (and its kept copy) with `tour`; says `status`. */
export async function update(env: Env, tour: Tour | null, status: string): Promise<void> {
  if (tour && env.model.current) {
    env.model.current = { ...env.model.current, tour, savedAt: new Date().toISOString() };
    await env.shelf.put(env.model.current);
    env.model.kept = await env.shelf.list();
  }
  env.model.status = [status, keptNote(env)].filter(Boolean).join(' ');
  env.draw();
}

/**
 * Keeps `tour` as a new briefing. Its id becomes its own (two 白酒 briefings for two visitors
 * are two links), under the prefix that tells a link to a kept briefing (entry.ts).
 */
async function start(env: Env, tour: Tour, status: string): Promise<void> {
  const key = newKey();
  const base = tour.id.startsWith(KEPT_PREFIX)
    ? tour.id.replace(/-k[0-9a-z]+-[0-9a-z]+$/, '')
    : KEPT_PREFIX.slice(0, -1);
  const id = `${base}-k${key}`;
  env.model.current = { key, savedAt: new Date().toISOString(), tour: { ...tour, id } };
  await env.shelf.put(env.model.current);
  env.model.kept = await env.shelf.list();
  await update(env, null, status);
}

export async function compose(
  env: Env,
  industry: Extract<BriefingRequest, { kind: 'compose' }>['industry'],
): Promise<void> {
  const term = typeof industry === 'string' ? industry.trim() : industry.matched;
  const r = composeBriefing(industry, env.app.data, env.lang(), sharedProjects());
  if (!r.ok) {
    const key =
      r.reason === 'empty' ? 'emptyTerm' : r.reason === 'unknown' ? 'unknownTerm' : 'notInPlans';
    await update(env, null, bt(env.lang(), key, { term }));
    return;
  }
  await start(env, r.tour, bt(env.lang(), 'composed', { term, n: r.tour.chapters.length }));
}

export function present(env: Env, step = 0): void {
  const tour = env.model.current?.tour;
  if (!tour) return;
  env.panel.hidden = true;
  // A phone's page may be scrolled (from siting's list): the card is drawn from the top.
  window.scrollTo(0, 0);
  presentTour(
    {
      store: env.app.store,
      data: env.app.data,
      atlas: env.app.atlas,
      view: () => env.app.map.view(),
      host: document.querySelector<HTMLElement>('.map-wrap')!,
      legend: document.getElementById('legend')!,
      onExit: () => {
        env.panel.hidden = false;
      },
    },
    tour,
    step,
  );
}

export function exportFile(env: Env): void {
  const tour = env.model.current?.tour;
  if (!tour) return;
  const blob = new Blob([briefingFileText(tour)], { type: 'application/json' });
  const file = `${tour.title[env.lang()].replace(/[\\/:*?"<>|\s]+/g, '-')}.briefing.json`;
  downloadBlob(blob, file);
  void update(env, null, bt(env.lang(), 'exported', { file }));
}

export async function importFile(env: Env, file: File): Promise<void> {
  let read: BriefingRead;
  try {
    // Every quote is checked against its seed: the seeds load first (their own chunks).
    const texts = new Map(
      await Promise.all(SEEDS.map(async (s) => [s.id, await loadSeedText(s.id)] as const)),
    );
    read = readBriefingFile(await file.text(), env.app.data, (doc) => texts.get(doc as never));
  } catch (e) {
    await update(env, null, bt(env.lang(), 'readFailed', { error: (e as Error).message }));
    return;
  }
  if (read.ok) {
    const n = read.tour.chapters.length;
    await start(
      env,
      read.tour,
      bt(env.lang(), 'imported', { title: read.tour.title[env.lang()], n }),
    );
    return;
  }
  const key = (
    {
      'too-large': 'refusedTooLarge',
      'not-json': 'refusedNotJson',
      'not-briefing': 'refusedNotBriefing',
      newer: 'refusedNewer',
      invalid: 'refusedInvalid',
    } as const
  )[read.problem];
  await update(env, null, bt(env.lang(), key, { detail: read.detail.slice(0, 3).join('; ') }));
}

export function addView(env: Env): void {
  const tour = env.model.current?.tour;
  if (!tour) return;
  const r = chapterFromView(env.app.store.getState(), env.app.data);
  if (!r.ok) return void update(env, null, bt(env.lang(), 'noSubject'));
  const next = addChapter(tour, r.chapter);
  void update(env, next, bt(env.lang(), 'added', { title: r.chapter.title[env.lang()] }));
}

/** Chapter `i` moved to `to`: focus stays on the same control of the same chapter. */
export function moved(env: Env, tour: Tour, i: number, to: Tour): void {
  const c = tour.chapters[i]!;
  const n = to.chapters.findIndex((x) => x.id === c.id) + 1;
  void update(env, to, bt(env.lang(), 'moved', { title: c.title[env.lang()], n })).then(() => {
    // A button that moved its chapter to an end is disabled there: focus its title instead.
    if (env.panel.contains(document.activeElement)) return;
    env.panel.querySelector<HTMLElement>(`[data-key="${CSS.escape(`${c.id}:title`)}"]`)?.focus();
  });
}

export function drop(env: Env, tour: Tour, i: number): void {
  if (tour.chapters.length <= 1) return void update(env, null, bt(env.lang(), 'lastOne'));
  const title = tour.chapters[i]!.title[env.lang()];
  void update(env, dropChapter(tour, i), bt(env.lang(), 'dropped', { title }));
}
