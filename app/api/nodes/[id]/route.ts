import { idPath } from "@/lib/api/schemas";
import { getOnly } from "@/lib/api/respond";
import { packDetails } from "@/lib/graph/details-wire";
import { getStore } from "@/lib/graph/store";

export const { GET, POST, PUT, PATCH, DELETE } = getOnly(
  async (_request, { params }: { params: Promise<{ id: string }> }) => {
    const id = idPath.parse(await params).id;
    return packDetails(await getStore().node(id));
  },
);
