/**
 * A district's own plan in its profile: the pillars it names ("2+3+3" for 黔江), the actions under
 * each with their 2025 goals and lead departments, every item with its quote. The plan's text is
 * Chinese only; in English the labels are translated and the quotes stay as written.
 */
import type { ActionRecord, DataFiles, DistrictPlanRecord, GoalItem } from '../data/types.ts';
import { dataName, labelled, noteIn, t } from '../i18n/index.ts';
import type { Lang } from '../state/store.ts';
import { renderCitation, type OpenSeed } from './citation.ts';
import { h } from './dom.ts';

const sep = (lang: Lang) => (lang === 'en' ? ', ' : '、');

/** "160 个", "6 亿元以上", "15%": a goal's figure as the seed qualifies it. */
export function goalFigure(item: GoalItem): string {
  const unit = item.unit ?? '';
  const pre = item.qualifier === '超' ? '超' : '';
  const post = item.qualifier && item.qualifier !== '超' ? item.qualifier : '';
  return `${pre}${item.value}${unit === '%' ? '' : ' '}${unit}${post}`.trim();
}

function actionView(a: ActionRecord, lang: Lang, openSeed: OpenSeed): HTMLElement {
  const goals = a.goals.flatMap((g) => g.items);
  return h(
    'li',
    { 'data-testid': 'plan-action', 'data-action': a.id },
    h(
      'details',
      {},
      h(
        'summary',
        {},
        lang === 'en'
          ? h(
              'span',
              {},
              `${a.id} ${a.titleEn} `,
              h('span', { lang: 'zh-CN', class: 'muted' }, a.title),
            )
          : h('span', { lang: 'zh-CN' }, `${a.id} ${a.title}`),
        goals.length
          ? h('span', { class: 'badge' }, t(lang, 'goalCount', { n: goals.length }))
          : null,
      ),
      a.goals.length
        ? h(
            'div',
            { class: 'plan-goals' },
            h('h5', {}, t(lang, 'goals2025')),
            a.goals.map((g) =>
              h(
                'div',
                { 'data-testid': 'plan-goal' },
                h(
                  'ul',
                  { class: 'plain goal-items' },
                  g.items.map((it) => h('li', { 'data-value': it.value, lang: 'zh-CN' }, it.text)),
                ),
                renderCitation(g.source, lang, openSeed),
              ),
            ),
          )
        : null,
      h(
        'div',
        { class: 'plan-departments', 'data-testid': 'plan-departments' },
        h(
          'p',
          {},
          h('strong', {}, labelled(lang, t(lang, 'leadDepartments'))),
          h('span', { lang: 'zh-CN', 'data-testid': 'plan-lead' }, a.departments.lead.join('、')),
        ),
        h(
          'p',
          { class: 'muted' },
          labelled(lang, t(lang, 'partnerDepartments')),
          h('span', { lang: 'zh-CN' }, a.departments.partners.join('、')),
        ),
        renderCitation(a.departments.source, lang, openSeed),
      ),
    ),
  );
}

/** The section for one plan. */
export function renderPlan(plan: DistrictPlanRecord, lang: Lang, openSeed: OpenSeed): HTMLElement {
  const allPillars = plan.pillars.map((p) => p.id);
  const serves = (a: ActionRecord, id: string) => a.pillars.length === 1 && a.pillars[0] === id;
  const general = plan.actions.filter((a) => allPillars.every((p) => a.pillars.includes(p)));
  const goalCount = plan.actions.reduce(
    (n, a) => n + a.goals.reduce((m, g) => m + g.items.length, 0),
    0,
  );
  return h(
    'div',
    { class: 'plan', 'data-testid': 'plan', 'data-plan': plan.id },
    h('p', {}, h('strong', { lang: 'zh-CN' }, `《${plan.title}》`)),
    lang === 'en' ? h('p', { class: 'muted' }, plan.titleEn) : null,
    h(
      'p',
      { class: 'muted' },
      t(lang, 'planSummary', {
        pillars: plan.pillars.length,
        actions: plan.actions.length,
        goals: goalCount,
      }),
    ),
    h(
      'ul',
      { class: 'plain pillars' },
      plan.pillars.map((p) =>
        h(
          'li',
          { 'data-testid': 'plan-pillar', 'data-pillar': p.id },
          h(
            'h4',
            {},
            h('span', { class: 'pillar-code' }, `“${p.code}”`),
            ' ',
            dataName(p.name, p.en, lang),
          ),
          h('p', { lang: 'zh-CN', 'data-testid': 'pillar-members' }, p.members.join(sep('zh'))),
          h(
            'ul',
            { class: 'plain plan-actions' },
            plan.actions.filter((a) => serves(a, p.id)).map((a) => actionView(a, lang, openSeed)),
          ),
          renderCitation(p.source, lang, openSeed),
        ),
      ),
      general.length
        ? h(
            'li',
            { 'data-testid': 'plan-general' },
            h('h4', {}, t(lang, 'planSafeguards')),
            h(
              'ul',
              { class: 'plain plan-actions' },
              general.map((a) => actionView(a, lang, openSeed)),
            ),
          )
        : null,
    ),
    h('p', { class: 'note' }, labelled(lang, t(lang, 'note')) + noteIn(plan.note, lang)),
    renderCitation(plan.source, lang, openSeed),
  );
}

/** Every plan for a place (none for most). */
export function plansSection(
  placeId: string,
  data: DataFiles,
  lang: Lang,
  openSeed: OpenSeed,
): HTMLElement | null {
  const plans = data.plans.filter((p) => p.place === placeId);
  if (!plans.length) return null;
  return h(
    'section',
    { 'data-testid': 'panel-plan' },
    h('h3', {}, t(lang, 'districtPlan')),
    plans.map((p) => renderPlan(p, lang, openSeed)),
  );
}
