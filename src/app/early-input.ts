/**
 * Input that arrives before the app is wired: the build-time picture and the header's buttons are
 * on screen from the first paint, so a click on them must not be lost. The page's entry (boot.ts)
 * holds every such click, marks the button busy, and the app replays them in order once its
 * handlers exist. Tiny and dependency-free: it is in the first script the page runs.
 */

export interface HeldClick {
  target: Element;
  x: number;
  y: number;
}

export interface EarlyInput {
  /** Stops holding clicks and hands over the ones held, oldest first. */
  release(): HeldClick[];
}

/** Starts holding clicks on buttons and on the map. */
export function holdEarlyInput(doc: Document = document): EarlyInput {
  const held: HeldClick[] = [];
  const status = doc.getElementById('status');
  const onClick = (e: MouseEvent) => {
    const target = e.target instanceof Element ? e.target : null;
    const button = target?.closest('button');
    const map = target?.closest('#map');
    if (!target || (!button && !map)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    held.push({ target: button ?? target, x: e.clientX, y: e.clientY });
    if (button) button.setAttribute('aria-busy', 'true');
    // The page's language decides the words; both are short.
    if (status)
      status.textContent = doc.documentElement.lang.startsWith('en')
        ? 'Starting; it will run in a moment…'
        : '正在启动，稍候即执行…';
  };
  doc.addEventListener('click', onClick, true);
  return {
    release: () => {
      doc.removeEventListener('click', onClick, true);
      for (const c of held) c.target.removeAttribute('aria-busy');
      if (status) status.textContent = '';
      return held.splice(0);
    },
  };
}

/** Replays held clicks: a button is clicked again; a map click goes to what is there now. */
export function replay(clicks: readonly HeldClick[], doc: Document = document): void {
  for (const c of clicks) {
    if (c.target instanceof HTMLButtonElement) {
      c.target.click();
      continue;
    }
    const now = doc.elementFromPoint(c.x, c.y);
    now?.dispatchEvent(
      new MouseEvent('click', { bubbles: true, cancelable: true, clientX: c.x, clientY: c.y }),
    );
  }
}
