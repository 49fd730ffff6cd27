import { errorJson } from "@/lib/api/respond";

/**
 * Every path under /api that no route serves (`/api`, `/api/nope`, `/api/nodes`, `/api/nodes/x/y`) answers JSON like
 * the other API errors, for every method, instead of Next's HTML 404 page. Named routes always win over a catch-all.
 */
async function unknownRoute(request: Request) {
  const path = new URL(request.url).pathname.slice(0, 200);
  return errorJson(404, "not_found", `no API route at ${path}`);
}

export { unknownRoute as GET, unknownRoute as HEAD, unknownRoute as POST, unknownRoute as PUT, unknownRoute as PATCH };
export { unknownRoute as DELETE, unknownRoute as OPTIONS };
