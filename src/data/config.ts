/**
 * Runtime configuration: `config.json` next to index.html, so whoever hosts the page can set an
 * online basemap without rebuilding. Missing (e.g. opened from file://) means defaults; a file that
 * cannot be read as configuration is reported and ignored.
 */

export interface AppConfig {
  /** A maplibre style URL for an online basemap; '' for the embedded offline map. */
  basemapStyle: string;
}

export const DEFAULT_CONFIG: AppConfig = {
  basemapStyle: String(import.meta.env['VITE_BASEMAP_STYLE'] ?? ''),
};

/** Reads a config object; returns the config and whether the input was malformed. */
export function parseConfig(raw: unknown): { config: AppConfig; malformed: boolean } {
  if (!raw || typeof raw !== 'object') return { config: DEFAULT_CONFIG, malformed: true };
  const style = (raw as Record<string, unknown>)['basemapStyle'];
  if (style !== undefined && typeof style !== 'string') return { config: DEFAULT_CONFIG, malformed: true };
  return { config: { ...DEFAULT_CONFIG, ...(style ? { basemapStyle: style } : {}) }, malformed: false };
}

/** Fetches ./config.json; never throws. */
export async function loadConfig(): Promise<{ config: AppConfig; malformed: boolean }> {
  try {
    const res = await fetch('./config.json', { cache: 'no-cache' });
    if (!res.ok) return { config: DEFAULT_CONFIG, malformed: false };
    return parseConfig(await res.json().catch(() => null));
  } catch {
    return { config: DEFAULT_CONFIG, malformed: false };
  }
}
