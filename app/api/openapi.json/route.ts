import { openApiDocument } from "@/lib/api/openapi";
import { getOnly } from "@/lib/api/respond";

export const { GET, POST, PUT, PATCH, DELETE } = getOnly(async () => openApiDocument());
