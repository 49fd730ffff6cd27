import { QueryCache, QueryClient } from "@tanstack/react-query";
import { api } from "./api-client";
import { createOutage, type Outage } from "./outage";

/**
 * The browser's one data layer: a query cache whose failures feed one outage, and an outage whose recovery refetches
 * what failed. Queries never retry on their own: the outage owns retrying, so one health check replaces a storm.
 */
export function createClientLayer(): { client: QueryClient; outage: Outage } {
  const outage = createOutage({
    check: () => api.health(),
    onRecover: () => void client.invalidateQueries({ predicate: (query) => query.state.status === "error" }),
  });
  const client = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => outage.report(error) }),
    defaultOptions: {
      queries: {
        retry: false,
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        // navigator.onLine is not the API's health: the outage decides.
        networkMode: "always",
      },
    },
  });
  return { client, outage };
}
