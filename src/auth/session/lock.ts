/**
 * Mutual exclusion for the refresh across tabs, after auth0-spa-js's lock.ts: one small lock
 * interface, Web Locks where the browser has them, and a fallback that runs the work at once. The
 * fallback is safe because each tab's refresh is single-flight already, and a tab that shares
 * storage re-reads it before refreshing, so at worst two tabs refresh the same token.
 */

/** The part of the Web Locks API we use (`navigator.locks` fits it). */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** Runs the work at once: for storage no other tab reads, or a browser without Web Locks. */
export const noLock: LockManagerLike = {
  request: <T>(_name: string, callback: () => Promise<T>) => callback(),
};

/** `navigator.locks` when the runtime has it, else null. */
export function browserLocks(): LockManagerLike | null {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks && typeof locks.request === 'function'
    ? // LockManager's request has overloads (options, signal) that this narrower shape leaves out.
      (locks as unknown as LockManagerLike)
    : null;
}
