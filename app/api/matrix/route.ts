import { queryParams } from "@/lib/api/params";
import { getOnly } from "@/lib/api/respond";
import { matrixQuery, paramNames } from "@/lib/api/schemas";
import { capabilityMatrix } from "@/lib/graph/insights/matrix";
import { getStore } from "@/lib/graph/store";

export const { GET, POST, PUT, PATCH, DELETE } = getOnly(async (request) =>
  capabilityMatrix(getStore(), matrixQuery.parse(queryParams(new URL(request.url), paramNames(matrixQuery)))),
);
