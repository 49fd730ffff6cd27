import type { StartFrame } from "@/lib/layout/start-frame";
import { positionsKey } from "@/lib/ui/saved-positions";
import { firstFrameGuard } from "@/lib/ui/url-state";
import { MAX_FIT_ZOOM, FIT_PADDING } from "@/lib/ui/viewport";

/**
 * The start map as the server draws it: an inline SVG (lib/graph/svg-render.ts) placed exactly where the canvas will
 * fit the same positions (lib/ui/viewport.ts): inside the padding, scaled to fit but never past the fit's largest zoom,
 * centred. So when Cytoscape takes over, nothing moves. Readable with JavaScript off; each name links to its details.
 */
export function FirstFrame({ frame, namesAView, nonce }: { frame: StartFrame; namesAView: boolean; nonce?: string }) {
  return (
    <>
      <figure
        aria-label={`Start map: ${frame.shown} of ${frame.total} AI concepts`}
        className="absolute inset-0 m-0 bg-slate-50 dark:bg-[#0b1120]"
        data-first-frame=""
        // The guard below may hide it before the first paint.
        suppressHydrationWarning
      >
        <div
          className="absolute flex items-center justify-center [&>svg]:h-full [&>svg]:w-full [&>svg]:overflow-visible"
          style={{ inset: FIT_PADDING }}
          // Its largest size: the fit's zoom never goes past MAX_FIT_ZOOM (the SVG scales uniformly inside this box).
          dangerouslySetInnerHTML={{
            __html: frame.svg.replace("<svg ", `<svg style="max-width:${frame.box.w * MAX_FIT_ZOOM}px;max-height:${frame.box.h * MAX_FIT_ZOOM}px" `),
          }}
        />
      </figure>
      <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: firstFrameGuard(positionsKey(frame.version), !namesAView) }} />
    </>
  );
}
