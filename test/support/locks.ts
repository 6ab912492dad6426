/** A minimal Web Locks stand-in for tabs simulated in one process: one holder per name, others queue. */
import type { LockManagerLike } from '../../src/auth/session/lock';

export function createLockManager(): LockManagerLike {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      const previous = tails.get(name) ?? Promise.resolve();
      const result = previous.then(callback, callback);
      tails.set(
        name,
        result.catch(() => undefined),
      );
      return result;
    },
  };
}
