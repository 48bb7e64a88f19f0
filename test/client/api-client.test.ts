import { afterEach, describe, expect, it, vi } from "vitest";
import { createApiClient } from "../../client/src/api/client.js";

const busy = () =>
  new Response(JSON.stringify({ errors: [{ message: "the server is busy", extensions: { code: "SERVER_BUSY" } }] }), {
    status: 503,
    headers: { "content-type": "application/json", "retry-after": "2" },
  });
const answer = () =>
  new Response(JSON.stringify({ data: { __typename: "Query" } }), {
    status: 200,
    headers: { "content-type": "application/json" },
  });

describe("the explorer's API client", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("asks again when the server is busy with other expensive work, and gets the answer", async () => {
    const fetch = vi.fn().mockResolvedValueOnce(busy()).mockResolvedValueOnce(answer());
    vi.stubGlobal("fetch", fetch);
    const result = await createApiClient("http://127.0.0.1:1/graphql")
      .query("query Busy { __typename }", {})
      .toPromise();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual({ __typename: "Query" });
  }, 20_000);

  it("does not ask again for another error", async () => {
    const refused = new Response(
      JSON.stringify({ errors: [{ message: "no such actor", extensions: { code: "NOT_FOUND" } }] }),
      { status: 200, headers: { "content-type": "application/json" } },
    );
    const fetch = vi.fn().mockResolvedValue(refused);
    vi.stubGlobal("fetch", fetch);
    const result = await createApiClient("http://127.0.0.1:1/graphql")
      .query("query Missing { __typename }", {})
      .toPromise();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(result.error?.graphQLErrors[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
