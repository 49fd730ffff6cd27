import { queryParams } from "@/lib/api/params";
import { getOnly } from "@/lib/api/respond";
import { exportQuery, paramNames } from "@/lib/api/schemas";
import { downloadName, MEDIA_TYPES } from "@/lib/export/formats";
import { readExport } from "@/lib/export/read-export";
import { serialise } from "@/lib/export/serialise";
import { toStream } from "@/lib/export/stream";
import { getStore } from "@/lib/graph/store";

export const { GET, POST, PUT, PATCH, DELETE } = getOnly(async (request) => {
  const url = new URL(request.url);
  const { format, part, ...selection } = exportQuery.parse(queryParams(url, paramNames(exportQuery)));
  // Read before answering, so a store failure is still a JSON error; the document itself is written as it streams.
  const view = await readExport(getStore(), selection);
  const contextUrl = new URL("/api/export/context.jsonld", url).href;
  const isView = Boolean(selection.kinds || selection.types || selection.ids);
  return new Response(toStream(serialise(format, view, { part, contextUrl })), {
    headers: {
      "Content-Type": MEDIA_TYPES[format],
      "Content-Disposition": `attachment; filename="${downloadName(format, part, isView)}"`,
      "Cache-Control": "no-store",
      // Past MAX_EXPORT_NODES only the best connected are exported, as /api/graph keeps them; say so.
      ...(view.truncated ? { "X-Export-Truncated": "true" } : {}),
    },
  });
});
