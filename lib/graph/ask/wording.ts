// English for answers: names in lists, articles, and the fixed sentence of what the interpreter understands.
import { article } from "../insights/graph-facts";
import { namesList } from "../insights/wording";
import type { NodeRef } from "../types";

export { namesList };

/** "an Image Generator" */
export const aName = (n: { name: string }) => `${article(n.name)} ${n.name}`;

/** "Midjourney, Stable Diffusion and 4 more" */
export function someNames(nodes: { name: string }[], shown = 3): string {
  const names = nodes.slice(0, shown).map((n) => n.name);
  const more = nodes.length - names.length;
  return more > 0 ? `${names.join(", ")} and ${more} more` : namesList(names);
}

export const FORMS_UNDERSTOOD =
  '"Is X a Y?", "Are all X Y?", "Can X generate Y?", "Can X understand Y?", "Can X be used for T?", "Does X use Y?", "What architecture does X use?", "Who made X?", "Is X made by Y?", "Which tools are suited for Y?", "How are X and Y related?", "X vs Y", "Is X cheaper than Y?", "Why do X …?", "Is X open source?" and "What is X?"';

export const firstSentence = (text: string) => text.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? text;

export const byName = (a: NodeRef, b: NodeRef) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
