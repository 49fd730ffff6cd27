/**
 * Who sent a request, for the per-client rate limit, from X-Forwarded-For as `next start` hands it to route handlers.
 *
 * Route handlers never see the socket: Next 16 sets X-Forwarded-For to the socket address only when the request has
 * none (`??=` in next/dist/server/base-server.js) and never appends to one. Hence:
 * - no trusted proxy (`trustedProxies` 0): proxy.ts deletes whatever X-Forwarded-For arrived. The proxy and the route
 *   handler are two passes through that code on the same Node request, and Next applies the proxy's header changes to
 *   it in between, so the second pass finds no header and writes the socket address: the handler sees that one
 *   address. tests/e2e/production-defaults.spec.ts checks this against `next start`, so a Next upgrade that changes
 *   it fails there;
 * - behind N proxies that each append the address they received the request from, the header ends with those N
 *   addresses (Next adds none): the client is the Nth from the right, and everything left of it is the client's own
 *   writing, which can be anything.
 */
export function clientAddress(forwardedFor: string | null, trustedProxies: number): string {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((address) => address.trim())
    .filter(Boolean);
  // Fewer addresses than proxies: the request skipped some of them, and the leftmost is the furthest one recorded.
  return chain[Math.max(0, chain.length - Math.max(1, trustedProxies))] ?? "unknown";
}

/**
 * The request headers proxy.ts passes on for an API request: without trusted proxies a client's X-Forwarded-For is
 * dropped so that Next writes the socket address in its place; null when they are trusted and nothing changes.
 */
export function trustedForwardingHeaders(headers: Headers, trustedProxies: number): Headers | null {
  if (trustedProxies > 0) return null;
  const passed = new Headers(headers);
  passed.delete("x-forwarded-for");
  return passed;
}
