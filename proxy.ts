import { NextResponse, type NextRequest } from "next/server";
import { trustedForwardingHeaders } from "./lib/api/client-address";
import { env } from "./lib/env";

/** API requests on the rate-limited routes get their client address settled; pages get their CSP. */
export function proxy(request: NextRequest) {
  return /^\/api(\/|$)/.test(request.nextUrl.pathname) ? apiRequest(request) : pageRequest(request);
}

/** The client address the route handler will see is settled here (see lib/api/client-address.ts). */
function apiRequest(request: NextRequest) {
  const headers = trustedForwardingHeaders(request.headers, env().TRUST_PROXY);
  return headers ? NextResponse.next({ request: { headers } }) : NextResponse.next();
}

/**
 * A Content-Security-Policy with a fresh nonce per page request. Next.js reads the nonce from the request's CSP header
 * and puts it on its own scripts; 'strict-dynamic' lets those load the rest of the bundle, and nothing else runs.
 */
function pageRequest(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    // React's dev build evaluates code for its debugging aids; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Cytoscape and React set inline style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // PNG export draws the canvas into a blob URL.
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: [
    // The rate-limited routes, the only readers of the client address, have it settled (lib/api/client-address.ts).
    // Not every API route: the pass costs each request that takes it (search's median latency rose 10-25 % with it).
    "/api/paths",
    "/api/compare",
    "/api/ask",
    // Pages get the CSP: API responses are JSON and static files carry no scripts of their own.
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
