/**
 * Which renderer draws the map on this machine. The live map (maplibre + deck.gl) needs a GPU:
 * under software WebGL — SwiftShader, llvmpipe, Microsoft's Basic Render Driver, as on office PCs
 * with blocklisted drivers, remote desktops and many 信创 machines — its start-up freezes the page
 * for seconds and each frame costs tens of ms, while the SVG map draws every layer, pans and zooms
 * at a fraction of that (docs/rendering.md). Phones stay on the SVG map too: it costs them no WebGL
 * start-up. A link's `renderer=svg|webgl` forces either.
 */
import type { RendererChoice, RendererKind } from './map-view.ts';

// source: renderer strings reported by WEBGL_debug_renderer_info on software rasterisers:
// Chromium's "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) …))", Mesa's "llvmpipe
// (LLVM 15.0.6, 256 bits)" and "softpipe", Windows' "Microsoft Basic Render Driver".
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver|mesa offscreen/i;

/** True where the renderer string names a software rasteriser. */
export function isSoftwareRenderer(gpu: string): boolean {
  return SOFTWARE.test(gpu);
}

/** The WebGL renderer string, '' when unknown, or null where no WebGL context can be had. */
export function probeWebGL(): string | null {
  try {
    const c = document.createElement('canvas');
    const gl = (c.getContext('webgl2') ?? c.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return null;
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const gpu = String(
      (ext && gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) ?? gl.getParameter(gl.RENDERER) ?? '',
    );
    // Give the context back at once: browsers cap live contexts, and the live map needs one.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return gpu;
  } catch {
    return null;
  }
}

/**
 * Chooses the renderer: a forced one first; phones stay on the SVG map (no need to ask the GPU,
 * which costs a WebGL context); then by what the machine's WebGL is.
 */
export function chooseRenderer(
  forced: RendererKind | null,
  env: { gpu: string | null; phone: boolean },
): RendererChoice {
  const gpu = env.gpu ?? '';
  if (forced) return { kind: forced, reason: 'forced', gpu };
  if (env.phone) return { kind: 'svg', reason: 'phone', gpu };
  if (env.gpu === null) return { kind: 'svg', reason: 'no-webgl', gpu };
  if (isSoftwareRenderer(env.gpu)) return { kind: 'svg', reason: 'software-webgl', gpu };
  return { kind: 'webgl', reason: 'hardware-webgl', gpu };
}

/** Phones (a coarse pointer on a narrow screen). */
export function isPhone(): boolean {
  return matchMedia('(pointer: coarse) and (max-width: 900px)').matches;
}

/**
 * How long the live map may take to draw its first frame before the SVG map keeps the screen: a
 * "hardware" GPU that is this slow (an old integrated chip, a remote session) is no better for
 * the user than software.
 */
export const LIVE_MAP_DEADLINE_MS = 8000;
