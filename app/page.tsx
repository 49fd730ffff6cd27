import { connection } from "next/server";
import { Explorer } from "@/components/explorer/explorer";
import { env } from "@/lib/env";

export default async function Home() {
  // Read the environment per request, not once at build time: EXPOSE_CY may differ between build and run.
  await connection();
  return <Explorer exposeCy={env().EXPOSE_CY} />;
}
