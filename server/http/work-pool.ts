/** A bounded number of places for expensive work, with a short, bounded wait for one. */
export interface WorkPool {
  /**
   * Takes a place, waiting at most the pool's wait for one to free up; resolves to the function
   * that gives it back, or to undefined when none freed up in time or too many wait already.
   */
  acquire(): Promise<(() => void) | undefined>;
  /** Places taken now. */
  readonly busy: number;
  readonly size: number;
}

/**
 * Makes a pool of `size` places. A request that finds them taken waits up to `waitMs` (at most
 * `maxWaiting` requests wait at once) and is then refused (HTTP 503 with Retry-After) rather than
 * queued for long: a burst of heavy requests neither holds sockets and memory nor delays the light
 * requests, which never enter the pool.
 */
export function createWorkPool(size: number, waitMs = 1000, maxWaiting = 4 * size): WorkPool {
  let busy = 0;
  const waiting: Array<() => void> = [];
  const take = () => {
    busy += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      busy -= 1;
      waiting.shift()?.();
    };
  };
  return {
    async acquire() {
      if (busy < size) return take();
      if (waiting.length >= maxWaiting || waitMs <= 0) return undefined;
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          resolve(take());
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(wake), 1);
          resolve(undefined);
        }, waitMs);
        waiting.push(wake);
      });
    },
    get busy() {
      return busy;
    },
    size,
  };
}
