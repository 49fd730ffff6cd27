// The peer's static build: Neo4j Browser as Neo4j ships it, the Maven artifact org.neo4j.client:neo4j-browser
// (scripts/bench/neo4j-browser/pom.xml pins the version). Fetched with Maven into bench/tmp/peer/ and unzipped once.
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { run } from "./proc";

const POM = path.resolve("scripts/bench/neo4j-browser/pom.xml");
const ROOT = path.resolve("bench/tmp/peer");
const LIB = path.join(ROOT, "lib");
/** The jar's web root: index.html and its bundles (the jar also holds browser/preview/, another UI, unused here). */
const WEB_ROOT = path.join(ROOT, "browser");

const findJar = () => (existsSync(LIB) ? readdirSync(LIB).find((f) => /^neo4j-browser-.+\.jar$/.test(f)) : undefined);

/** The directory to serve and the artifact's version; fetches and unzips the jar when it is not there yet. */
export async function ensurePeerBuild(log: (line: string) => void): Promise<{ root: string; version: string }> {
  let jar = findJar();
  if (!jar) {
    log(`Fetching Neo4j Browser (mvn dependency:copy-dependencies -f ${path.relative(process.cwd(), POM)}) …`);
    // Served from ~/.m2 when it is there, from Maven Central otherwise.
    await run("mvn", ["-B", "-q", "-f", POM, "dependency:copy-dependencies", `-DoutputDirectory=${LIB}`]);
    jar = findJar();
    if (!jar) throw new Error(`mvn put no neo4j-browser jar in ${LIB}`);
    rmSync(WEB_ROOT, { recursive: true, force: true });
  }
  if (!existsSync(path.join(WEB_ROOT, "index.html"))) {
    // Unzipped aside and moved in whole, so that an interrupted run never leaves a tree that looks complete.
    const aside = path.join(ROOT, ".unzip");
    rmSync(aside, { recursive: true, force: true });
    await run("unzip", ["-q", path.join(LIB, jar), "browser/*", "-d", aside]);
    if (!existsSync(path.join(aside, "browser", "index.html"))) throw new Error(`${jar} holds no browser/index.html`);
    rmSync(WEB_ROOT, { recursive: true, force: true });
    renameSync(path.join(aside, "browser"), WEB_ROOT);
    rmSync(aside, { recursive: true, force: true });
  }
  return { root: WEB_ROOT, version: jar.replace(/^neo4j-browser-(.+)\.jar$/, "$1") };
}
