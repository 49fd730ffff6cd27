"use client";

import { createContext, useContext } from "react";
import type { ApiError } from "@/lib/ui/api-client";

/** Lets any component report a 503 to the page-wide outage banner without threading a callback through props. */
export const ReportOutageContext = createContext<(error: ApiError) => void>(() => {});

export const useReportOutage = () => useContext(ReportOutageContext);
