/**
 * One GET against our API with loading, error and retry, cancelled when the screen goes away.
 * The token handling lives in useApi(); this only tracks what the screen shows.
 */
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../api';

export type ApiResource<T> =
  { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; error: unknown };

export function useApiGet<T>(path: string) {
  const api = useApi();
  const [attempt, setAttempt] = useState(0);
  const [resource, setResource] = useState<ApiResource<T>>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    api
      .getJson<T>(path, { signal: controller.signal })
      .then((data) => setResource({ status: 'ok', data }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setResource({ status: 'error', error });
      });
    return () => controller.abort();
  }, [api, path, attempt]);

  const retry = useCallback(() => {
    setResource({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return { resource, retry };
}
