// The first view a new visitor gets: the taxonomy spine from AI down to the generator branches, and two or three
// well-known examples on each, plus the two architectures the articles build them on. A presentation choice, like
// a front page; unit-tested against graph-seed/ so that a renamed node cannot drop out of it unnoticed.

export const START_MAP_IDS = [
  "artificial-intelligence",
  "machine-learning",
  "deep-learning",
  "generative-ai",
  "large-language-model",
  "image-generator",
  "video-generator",
  "audio-generator",
  "multimodal-model",
  "gpt-4",
  "chatgpt",
  "claude",
  "midjourney",
  "dall-e-3",
  "stable-diffusion",
  "runway",
  "suno",
  "gpt-4o",
  "gemini-1-5",
  "transformer",
  "diffusion-model",
] as const;

/** Below this many of its nodes, a graph (a synthetic one, say) has no start map and opens whole. */
export const START_MAP_MIN_NODES = 12;

/** The start map's ids present in a graph, or null when too few are there to make a map. */
export function startMapIn(has: (id: string) => boolean): string[] | null {
  const present = START_MAP_IDS.filter(has);
  return present.length >= START_MAP_MIN_NODES ? present : null;
}
