/** How a diagram is drawn: Cytoscape's WebGL mode where a real GPU does the work, its 2D canvas elsewhere. */
export type RendererChoice = "webgl" | "canvas";

/** What a probe of the browser found: whether a WebGL2 context could be made, and the renderer it names (if it says). */
export interface GpuProbe {
  context: boolean;
  renderer: string | null;
}

/** Renderers that run WebGL on the CPU: slower than Cytoscape's 2D canvas, which they would only imitate. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|lavapipe|software|basic render driver/i;

/** WebGL only when the probe names a hardware renderer; an unnamed one is not assumed to be a GPU. */
export function chooseRenderer(probe: GpuProbe): RendererChoice {
  if (!probe.context || !probe.renderer) return "canvas";
  return SOFTWARE_RENDERER.test(probe.renderer) ? "canvas" : "webgl";
}

let probed: GpuProbe | null = null;

/** Asks the browser once per page; the throwaway context is released at once (browsers cap live contexts). */
export function probeGpu(): GpuProbe {
  if (probed) return probed;
  const gl = document.createElement("canvas").getContext("webgl2");
  if (!gl) return (probed = { context: false, renderer: null });
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  const renderer = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : null;
  gl.getExtension("WEBGL_lose_context")?.loseContext();
  return (probed = { context: true, renderer: typeof renderer === "string" ? renderer : null });
}
