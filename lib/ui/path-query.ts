/** "LLM → Generative AI", "LLM -> Generative AI", "LLM to Generative AI". */
export interface PathQueryText {
  from: string;
  to: string;
  /** " to " can also sit inside a name ("speech to text"), so the caller should prefer a concept that matches exactly. */
  ambiguous: boolean;
}

const ARROW = /\s*(?:→|->|⟶|=>)\s*/;
const WORD_TO = /\s+to\s+/i;

export function parsePathQuery(text: string): PathQueryText | null {
  for (const [separator, ambiguous] of [
    [ARROW, false],
    [WORD_TO, true],
  ] as const) {
    const parts = text.split(separator);
    if (parts.length !== 2) continue;
    const [from, to] = parts.map((p) => p.trim());
    if (from && to) return { from, to, ambiguous };
  }
  return null;
}
