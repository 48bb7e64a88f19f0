/** A bounded number of places for expensive work; a request that finds none is refused, not queued. */
export interface WorkPool {
  /** Takes a place and resolves to the function that gives it back, or undefined when all are taken. */
  tryAcquire(): (() => void) | undefined;
  /** Places taken now. */
  readonly busy: number;
  readonly size: number;
}

/**
 * Makes a pool of `size` places. Refusing at once (HTTP 503 with Retry-After) rather than queueing
 * keeps a burst of heavy requests from holding sockets and memory while light requests go on.
 */
export function createWorkPool(size: number): WorkPool {
  let busy = 0;
  return {
    tryAcquire() {
      if (busy >= size) return undefined;
      busy += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        busy -= 1;
      };
    },
    get busy() {
      return busy;
    },
    size,
  };
}
