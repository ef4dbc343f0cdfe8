// Minimal types for build-time packages that ship none.

declare module 'mapshaper' {
  /** Runs mapshaper command-line commands on in-memory files; resolves to the output files. */
  export function applyCommands(
    commands: string,
    input?: Record<string, string>,
  ): Promise<Record<string, string | Uint8Array>>;
  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}

declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (rings of [x, y]); `precision` in input units. */
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
  ): number[] & { distance: number };
}
