import { Client, cacheExchange, fetchExchange } from "@urql/core";

/**
 * The explorer's GraphQL client: urql with its document cache and fetch.
 *
 * @remarks
 * The API is served by the same origin in production (`server/app.ts`) and proxied by Vite's dev
 * server, so a relative URL works in both. Queries go as JSON POSTs, which Apollo's CSRF
 * prevention accepts without extra headers.
 */
export function createApiClient(url = "/graphql"): Client {
  return new Client({ url, exchanges: [cacheExchange, fetchExchange], preferGetMethod: false });
}
