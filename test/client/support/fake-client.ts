import { CombinedError, getOperationName, type Client, type GraphQLRequest } from "@urql/core";
import { fromValue } from "wonka";

type Answer = (variables: Record<string, unknown>) => { data?: unknown; error?: string };

/**
 * A urql client that answers each operation by name from `answers` (through `fromValue`), and
 * records what it was asked.
 */
export function createFakeClient(answers: Record<string, Answer>) {
  const calls: { name: string; variables: Record<string, unknown> }[] = [];
  const client = {
    executeQuery(request: GraphQLRequest) {
      const name = getOperationName(request.query) ?? "";
      const variables = (request.variables ?? {}) as Record<string, unknown>;
      calls.push({ name, variables });
      const answer = answers[name]?.(variables) ?? { error: `the fake client has no answer for ${name}` };
      return fromValue({
        data: answer.data,
        error: answer.error ? new CombinedError({ graphQLErrors: [answer.error] }) : undefined,
        stale: false,
        hasNext: false,
      });
    },
  } as unknown as Client;
  return { client, calls };
}
