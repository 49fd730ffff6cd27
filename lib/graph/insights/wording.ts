// Small pieces of English that derived answers share.

/** "A", "A and B", "A, B and C". */
export function namesList(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

interface Explained {
  origin: "direct" | "inherited" | "through" | "aggregated" | "transitive";
  scope?: "every" | "some";
  via?: { name: string }[];
  examples?: number;
  members?: { name: string }[];
}

/** Members named, with how many more there are: "Image Generator, Midjourney and 3 more". */
function membersText(v: Explained): string {
  const named = (v.members ?? []).map((m) => m.name);
  const more = (v.examples ?? named.length) - named.length;
  return more > 0 ? `${named.join(", ")} and ${more} more` : namesList(named);
}

/**
 * Where a derived value comes from, in words a reader can check: said of this concept, of every member
 * of a broader category (inherited), or of some of its members (aggregated, never true of all of them).
 */
export function originText(v: Explained, subject: string, hasMembers: boolean): string | null {
  const chain = v.via?.map((n) => n.name).join(" → ");
  switch (v.origin) {
    case "inherited":
      return `every ${v.via?.[v.via.length - 1]?.name ?? "member"} has it (${chain})`;
    case "aggregated":
      return `some ${subject}, not all: ${membersText(v)}`;
    case "transitive":
    case "through":
      return chain ? `through ${chain}` : null;
    case "direct":
      if (!hasMembers) return null;
      if (v.scope === "every") return `every ${subject}`;
      return v.members?.length ? `some ${subject}, e.g. ${membersText(v)}` : `some ${subject}`;
  }
}
