import { readSeedDir } from "./read-seed";
import { formatProblem, type Seed, type SeedProblem } from "./seed-types";
import { validateSeed, type ValidateOptions } from "./validate-seed";

export class SeedInvalidError extends Error {
  constructor(
    readonly dir: string,
    readonly problems: SeedProblem[],
  ) {
    super(`${dir} has ${problems.length} problem(s):\n${problems.map(formatProblem).join("\n")}`);
    this.name = "SeedInvalidError";
  }
}

export function checkSeedDir(dir: string, options: ValidateOptions = {}): { seed: Seed; problems: SeedProblem[] } {
  return validateSeed(readSeedDir(dir), options);
}

/** The only way the app and the seed loader read graph-seed/: a broken seed never gets further. */
export function loadSeed(dir: string): Seed {
  const { seed, problems } = checkSeedDir(dir);
  if (problems.length > 0) throw new SeedInvalidError(dir, problems);
  return seed;
}
