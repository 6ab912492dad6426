/**
 * One async read a screen shows (an API GET, the MFA status, a token's header): loading, the data or
 * the error, and retry. A result that arrives after the screen moved on (unmounted, a new load, a
 * retry) is dropped, and the load's signal is aborted so a fetch can stop early.
 */
import { useCallback, useEffect, useState } from 'react';

export type AsyncResource<T> =
  { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; error: unknown };

/** `load` must be stable (useCallback): a new function is a new read. */
export function useAsyncResource<T>(load: (signal: AbortSignal) => Promise<T>) {
  const [attempt, setAttempt] = useState(0);
  const [resource, setResource] = useState<AsyncResource<T>>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResource({ status: 'ok', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setResource({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [load, attempt]);

  const retry = useCallback(() => {
    setResource({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  /** Shows data the screen already knows (after a change it made itself) without another read. */
  const update = useCallback((data: T) => setResource({ status: 'ok', data }), []);

  return { resource, retry, update };
}
