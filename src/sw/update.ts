/**
 * Registers the service worker and offers a new version when one has been deployed: a bar
 * "新版本可用 — 刷新 / A new version is available — Reload". Taking it tells the waiting worker to
 * take over and reloads once it has; ignoring it leaves this tab on the build it has (whose files
 * the worker keeps). Plain DOM: it runs from the boot script, before the app.
 */
export function registerServiceWorker(): void {
  let asked = false;
  const offer = (reg: ServiceWorkerRegistration) => {
    if (document.getElementById('update-bar') || !reg.waiting) return;
    const en = document.documentElement.lang.startsWith('en');
    const bar = document.createElement('div');
    bar.id = 'update-bar';
    bar.className = 'update-bar';
    bar.setAttribute('role', 'status');
    bar.dataset['testid'] = 'update-bar';
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset['testid'] = 'update-reload';
    button.textContent = en ? 'Reload' : '刷新';
    button.addEventListener('click', () => {
      asked = true;
      reg.waiting?.postMessage('skip-waiting');
    });
    bar.append(en ? 'A new version is available — ' : '新版本可用 — ', button);
    document.body.append(bar);
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only when the user took the new version: a first install's take-over needs no reload.
    if (asked) location.reload();
  });
  navigator.serviceWorker
    .register('./sw.js')
    .then((reg) => {
      offer(reg);
      reg.addEventListener('updatefound', () => {
        const next = reg.installing;
        next?.addEventListener('statechange', () => {
          if (next.state === 'installed' && navigator.serviceWorker.controller) offer(reg);
        });
      });
      // Look for a deploy when the tab comes back to the front.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') void reg.update().catch(() => undefined);
      });
    })
    .catch(() => undefined);
}
