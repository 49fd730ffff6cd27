import "server-only";
import type { Driver } from "neo4j-driver";
import { env } from "../../env";
import { createDriver } from "./create-driver";

const globalForDriver = globalThis as unknown as { neo4jDriver?: Driver };

/** One driver per process, created on first use; cached on globalThis so dev reloads reuse it. */
export function getDriver(): Driver {
  if (!globalForDriver.neo4jDriver) {
    globalForDriver.neo4jDriver = createDriver(env());
    const close = () => void globalForDriver.neo4jDriver?.close();
    process.once("SIGTERM", close);
    process.once("SIGINT", close);
  }
  return globalForDriver.neo4jDriver;
}
