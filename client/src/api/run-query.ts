import {
  createRequest,
  type AnyVariables,
  type Client,
  type OperationResult,
  type TypedDocumentNode,
} from "@urql/core";
import { pipe, subscribe, take, toPromise } from "wonka";

/**
 * Runs a query and calls `onResult` with each result (cached first, then fresh); returns the
 * function that stops listening.
 *
 * @remarks
 * Goes through `client.executeQuery`, the one method a fake client in component tests provides.
 */
export function watchQuery<Data, Variables extends AnyVariables>(
  client: Client,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  onResult: (result: OperationResult<Data, Variables>) => void,
): () => void {
  const { unsubscribe } = pipe(client.executeQuery(createRequest(document, variables)), subscribe(onResult));
  return unsubscribe;
}

/** Runs a query once and resolves to its first result. */
export function fetchQuery<Data, Variables extends AnyVariables>(
  client: Client,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<OperationResult<Data, Variables>> {
  return pipe(client.executeQuery(createRequest(document, variables)), take(1), toPromise);
}

/** The message a person sees when a query failed, without urql's "[GraphQL]" prefixes. */
export function describeError(error: {
  graphQLErrors?: { message: string }[];
  networkError?: Error;
  message: string;
}): string {
  if (error.networkError) return `the API did not answer (${error.networkError.message})`;
  const messages = (error.graphQLErrors ?? []).map((graphQLError) => graphQLError.message);
  return messages.length > 0 ? messages.join("; ") : error.message;
}
