/**
 * Lets the event loop serve other requests before long synchronous work goes on: what runs after
 * it starts in a new task, so that one request's large answer does not hold up another's small one.
 */
export const yieldToRequests = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const turns = new WeakMap<object, Promise<void>>();

/**
 * The next turn of one request's large parts (its context is the key): each waits for the one
 * before it and then for the event loop, so that other requests' I/O is served between them rather
 * than after all of them.
 */
export function nextTurn(request: object): Promise<void> {
  const turn = (turns.get(request) ?? Promise.resolve()).then(yieldToRequests);
  turns.set(request, turn);
  return turn;
}
