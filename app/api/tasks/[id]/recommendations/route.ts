import { idPath } from "@/lib/api/schemas";
import { getOnly } from "@/lib/api/respond";
import { recommendForTask } from "@/lib/graph/insights/recommend";
import { getStore } from "@/lib/graph/store";

export const { GET, POST, PUT, PATCH, DELETE } = getOnly(
  async (_request, { params }: { params: Promise<{ id: string }> }) => recommendForTask(getStore(), idPath.parse(await params).id),
);
