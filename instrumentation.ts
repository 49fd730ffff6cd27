/** Runs once when the server starts: a bad environment stops it there, with the reasons. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/check-env-at-start");
}
