// When the search box's text is a question for /api/ask rather than a concept's name or a path query.

/** Words that start a question; no concept's name starts with one of them followed by a space. */
const QUESTION_START = /^(?:is|are|am|was|were|can|could|does|do|did|will|would|should|shall|may|might|what|what's|whats|which|who|whom|whose|how|why|when|where|tell\s+me|define|explain|compare)\s/i;

export function looksLikeQuestion(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  return t.endsWith("?") || QUESTION_START.test(t);
}
