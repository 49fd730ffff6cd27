import { connection } from "next/server";
import { preload } from "react-dom";
import { Explorer } from "@/components/explorer/explorer";
import { env } from "@/lib/env";
import { firstGraphUrl } from "@/lib/ui/api-client";

export default async function Home() {
  // Read the environment per request, not once at build time: EXPOSE_CY may differ between build and run.
  await connection();
  // Fetched while the scripts load and hydrate, instead of after: the explorer's first request takes the response.
  preload(firstGraphUrl(), { as: "fetch", crossOrigin: "anonymous" });
  return <Explorer exposeCy={env().EXPOSE_CY} />;
}
