import { t } from '../i18n/index.ts';
import type { AppStore } from '../state/store.ts';

/**
 * An error nothing caught, anywhere, becomes a notice (one per distinct message, at most 20), not
 * silence in the console.
 */
export function reportUncaught(store: AppStore): void {
  const seen = new Set<string>();
  const report = (what: unknown) => {
    const msg = what instanceof Error ? what.message : String(what);
    if (seen.has(msg) || seen.size > 20) return;
    seen.add(msg);
    const s = store.getState();
    s.notify({
      id: `uncaught-${seen.size}`,
      kind: 'error',
      text: t(s.lang, 'uncaughtError', { error: msg.slice(0, 200) }),
    });
  };
  addEventListener('error', (e) => report(e.error ?? e.message));
  addEventListener('unhandledrejection', (e) => report(e.reason));
}
