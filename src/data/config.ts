/**
 * Runtime configuration: `config.json` next to index.html, so whoever hosts the page can set an
 * online basemap without rebuilding. Missing (e.g. opened from file://) means defaults; a file that
 * cannot be read as configuration is reported and ignored.
 */

export interface AppConfig {
  /** A maplibre style URL for an online basemap; '' for the embedded offline map. */
  basemapStyle: string;
  /**
   * The page's public address (http or https), for the links and QR codes on exported images and
   * prints; '' means "where this page is served from" (and, from file://, no public address).
   */
  publicUrl: string;
}

export const DEFAULT_CONFIG: AppConfig = {
  basemapStyle: String(import.meta.env['VITE_BASEMAP_STYLE'] ?? ''),
  publicUrl: String(import.meta.env['VITE_PUBLIC_URL'] ?? ''),
};

const isWebUrl = (s: string): boolean => {
  try {
    return /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
};

/** Reads a config object; returns the config and whether the input was malformed. */
export function parseConfig(raw: unknown): { config: AppConfig; malformed: boolean } {
  if (!raw || typeof raw !== 'object') return { config: DEFAULT_CONFIG, malformed: true };
  const style = (raw as Record<string, unknown>)['basemapStyle'];
  const url = (raw as Record<string, unknown>)['publicUrl'];
  if (style !== undefined && typeof style !== 'string')
    return { config: DEFAULT_CONFIG, malformed: true };
  if (url !== undefined && (typeof url !== 'string' || (url !== '' && !isWebUrl(url))))
    return { config: DEFAULT_CONFIG, malformed: true };
  return {
    config: {
      ...DEFAULT_CONFIG,
      ...(style ? { basemapStyle: style } : {}),
      ...(url ? { publicUrl: url } : {}),
    },
    malformed: false,
  };
}

/** Fetches ./config.json; never throws. */
export async function loadConfig(): Promise<{ config: AppConfig; malformed: boolean }> {
  // The single-file build has nothing beside it to read, and must request nothing.
  if (import.meta.env.VITE_SINGLE_FILE) return { config: DEFAULT_CONFIG, malformed: false };
  try {
    const res = await fetch('./config.json', { cache: 'no-cache' });
    if (!res.ok) return { config: DEFAULT_CONFIG, malformed: false };
    return parseConfig(await res.json().catch(() => null));
  } catch {
    return { config: DEFAULT_CONFIG, malformed: false };
  }
}
