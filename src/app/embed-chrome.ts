import { t } from '../i18n/index.ts';
import type { Lang } from '../state/store.ts';

/** An embedded view (`?embed=1`) has no header or panels, and links out to the full map. */
export function mountEmbedChrome(wrap: HTMLElement, lang: Lang): void {
  document.body.classList.add('embed');
  const full = new URL(location.href);
  full.searchParams.delete('embed');
  const a = document.createElement('a');
  a.className = 'open-full';
  a.href = full.href;
  a.target = '_blank';
  a.rel = 'noopener';
  a.textContent = t(lang, 'openFull');
  wrap.append(a);
}
