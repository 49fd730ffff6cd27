import { NextResponse } from "next/server";
import { getOnly } from "@/lib/api/respond";
import { jsonldContext } from "@/lib/export/vocabulary";

export const { GET, POST, PUT, PATCH, DELETE } = getOnly(async () =>
  NextResponse.json(jsonldContext(), { headers: { "Content-Type": "application/ld+json", "Cache-Control": "public, max-age=3600" } }),
);
