/** A value that changes, and the functions that want to know. */
export interface Store<T> {
  get(): T;
  /** Replaces the value with `change(current)`; listeners run only when the result differs. */
  update(change: (current: T) => T): void;
  /** Calls `listener(next, previous)` on each change; returns the function that unsubscribes. */
  subscribe(listener: (next: T, previous: T) => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(next: T, previous: T) => void>();
  return {
    get: () => value,
    update(change) {
      const previous = value;
      const next = change(previous);
      if (next === previous) return;
      value = next;
      for (const listener of [...listeners]) listener(next, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
