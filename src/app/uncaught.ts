import { errorText, t } from '../i18n/index.ts';
import type { AppStore } from '../state/store.ts';

/**
 * An error nothing caught, anywhere, becomes a notice (one per distinct message, at most 20), not
 * silence in the console.
 */
export function reportUncaught(store: AppStore): void {
  const seen = new Set<string>();
  const report = (what: unknown) => {
    const s = store.getState();
    // A part of the app that did not download is said in words (src/lib/errors.ts).
    const msg = errorText(s.lang, what);
    if (seen.has(msg) || seen.size > 20) return;
    seen.add(msg);
    s.notify({
      id: `uncaught-${seen.size}`,
      kind: 'error',
      text: t(s.lang, 'uncaughtError', { error: msg.slice(0, 200) }),
    });
  };
  addEventListener('error', (e) => {
    // Not a failure: the browser's note that a ResizeObserver's changes are carried to the next
    // frame (the spec reports it as an error event with no error). Nothing was lost.
    if (!e.error && /^ResizeObserver loop/.test(e.message)) return;
    report(e.error ?? e.message);
  });
  addEventListener('unhandledrejection', (e) => report(e.reason));
}
