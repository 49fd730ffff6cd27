import { headers } from "next/headers";
import { connection } from "next/server";
import { preload } from "react-dom";
import { Explorer } from "@/components/explorer/explorer";
import { NoScriptDetails } from "@/components/explorer/no-script-details";
import { FirstFrame } from "@/components/graph/first-frame";
import { env } from "@/lib/env";
import { SLUG_PATTERN } from "@/lib/graph/schema";
import { getStore } from "@/lib/graph/store";
import type { NodeDetails } from "@/lib/graph/types";
import { startFrame } from "@/lib/layout/start-frame";
import { firstGraphUrl } from "@/lib/ui/api-client";
import { namesAView, opensOnStartMap } from "@/lib/ui/url-state";

type SearchParams = Record<string, string | string[] | undefined>;

function searchOf(params: SearchParams): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const value of Array.isArray(v) ? v : v === undefined ? [] : [v]) search.append(k, value);
  return search.toString();
}

/** The concept a `?node=` link names, for readers without JavaScript; nothing when it names none. */
async function nodeFor(params: SearchParams): Promise<NodeDetails | null> {
  const id = typeof params.node === "string" && SLUG_PATTERN.test(params.node) ? params.node : null;
  if (!id) return null;
  return getStore()
    .node(id)
    .catch(() => null);
}

export default async function Home({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Read the environment per request, not once at build time: EXPOSE_CY may differ between build and run.
  await connection();
  // Fetched while the scripts load and hydrate, instead of after: the explorer's first request takes the response.
  preload(firstGraphUrl(), { as: "fetch", crossOrigin: "anonymous" });
  const params = await searchParams;
  const search = searchOf(params);
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  // The start map is drawn into the HTML when the address opens on it (a first visit, or one of its links).
  const [frame, details] = await Promise.all([opensOnStartMap(search) ? startFrame(getStore()) : null, nodeFor(params)]);
  return (
    <Explorer
      exposeCy={env().EXPOSE_CY}
      firstFrame={frame && <FirstFrame frame={frame} namesAView={namesAView(search)} nonce={nonce} />}
      firstCounts={frame?.counts ?? null}
      noScriptDetails={details && <NoScriptDetails details={details} />}
    />
  );
}
