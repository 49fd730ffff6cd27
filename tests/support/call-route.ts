// Calls App Router handlers in-process, the way Next does: a Request plus a params promise.
type RouteModule = Record<string, unknown>;

export async function callRoute(mod: RouteModule, url: string, options: { method?: string; params?: Record<string, string> } = {}) {
  const method = options.method ?? "GET";
  const handler = mod[method] as ((req: Request, ctx: unknown) => Promise<Response>) | undefined;
  if (!handler) throw new Error(`route has no ${method} handler`);
  const response = await handler(new Request(new URL(url, "http://localhost"), { method }), {
    params: Promise.resolve(options.params ?? {}),
  });
  const text = await response.text();
  // A download (an export) is not JSON: its text stands in for the body.
  const json = (response.headers.get("content-type") ?? "").includes("json");
  const body = (json ? JSON.parse(text) : { text }) as Record<string, unknown> & { error?: string; code?: string };
  return { status: response.status, headers: response.headers, body };
}
