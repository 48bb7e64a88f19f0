import { Client, cacheExchange, fetchExchange, type CombinedError } from "@urql/core";
import { retryExchange } from "@urql/exchange-retry";

/** The server's answer when its pool of expensive work is full: asked again after a moment, it is usually free. */
const isServerBusy = (error: CombinedError) =>
  error.graphQLErrors.some((graphQLError) => graphQLError.extensions?.code === "SERVER_BUSY");

/**
 * The explorer's GraphQL client: urql with its document cache and fetch; a request that finds the
 * server busy with other expensive work (503 `SERVER_BUSY`, Retry-After 2 s) is asked again, a few
 * times, after about the wait the server names.
 *
 * @remarks
 * The API is served by the same origin in production (`server/app.ts`) and proxied by Vite's dev
 * server, so a relative URL works in both. Queries go as JSON POSTs, which Apollo's CSRF
 * prevention accepts without extra headers.
 */
export function createApiClient(url = "/graphql"): Client {
  return new Client({
    url,
    exchanges: [
      cacheExchange,
      retryExchange({ initialDelayMs: 2000, maxDelayMs: 8000, maxNumberAttempts: 5, retryIf: isServerBusy }),
      fetchExchange,
    ],
    preferGetMethod: false,
  });
}
