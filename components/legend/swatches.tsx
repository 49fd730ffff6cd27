import type { Kind } from "@/lib/graph/schema";
import { KIND_STYLE, REL_STYLE } from "@/lib/graph/style";
import type { RelType } from "@/lib/graph/schema";

const polygon = (sides: number, rotate = -90) =>
  Array.from({ length: sides }, (_, i) => {
    const a = ((rotate + (360 / sides) * i) * Math.PI) / 180;
    return `${(8 + 7 * Math.cos(a)).toFixed(2)},${(8 + 7 * Math.sin(a)).toFixed(2)}`;
  }).join(" ");

/** The same shape the diagram draws for each kind (see KIND_STYLE), on a 16-unit grid. */
const SHAPES: Record<string, React.ReactNode> = {
  "round-rectangle": <rect x="1.5" y="3" width="13" height="10" rx="3" />,
  hexagon: <polygon points={polygon(6, 0)} />,
  ellipse: <circle cx="8" cy="8" r="6.5" />,
  "round-diamond": <polygon points="8,1 15,8 8,15 1,8" strokeLinejoin="round" />,
  "cut-rectangle": <polygon points="4,2.5 12,2.5 14.5,5 14.5,11 12,13.5 4,13.5 1.5,11 1.5,5" />,
  "round-triangle": <polygon points="8,1.5 15,14 1,14" strokeLinejoin="round" />,
  "round-tag": <polygon points="1.5,3 11,3 15,8 11,13 1.5,13" strokeLinejoin="round" />,
  barrel: <path d="M3 2.5h10c2 3.5 2 7.5 0 11H3c-2-3.5-2-7.5 0-11z" />,
  "round-pentagon": <polygon points={polygon(5)} strokeLinejoin="round" />,
  octagon: <polygon points={polygon(8, 22.5)} />,
};

export function KindIcon({ kind, size = 14 }: { kind: Kind; size?: number }) {
  const { color, shape } = KIND_STYLE[kind];
  return (
    <svg viewBox="0 0 16 16" width={size} height={size} aria-hidden="true" focusable="false" className="shrink-0">
      <g fill={color} stroke="rgb(0 0 0 / 0.15)" strokeWidth="0.75">
        {SHAPES[shape]}
      </g>
    </svg>
  );
}

const DASH: Record<string, string | undefined> = { solid: undefined, dashed: "4 3", dotted: "1.2 2.4" };

/** A short line in the type's colour and line style, with its arrow head. */
export function EdgeSwatch({ type }: { type: RelType }) {
  const { color, line, hollow } = REL_STYLE[type];
  return (
    <svg viewBox="0 0 28 12" width="28" height="12" aria-hidden="true" focusable="false" className="shrink-0">
      <line x1="1" y1="6" x2="20" y2="6" stroke={color} strokeWidth={type === "IS_A" ? 2.5 : 2} strokeDasharray={DASH[line]} strokeLinecap="round" />
      <polygon points="19,2 27,6 19,10" fill={hollow ? "none" : color} stroke={color} strokeWidth="1.2" strokeLinejoin="round" />
    </svg>
  );
}
