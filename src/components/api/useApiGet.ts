/**
 * One GET against our API with loading, error and retry, cancelled when the screen goes away.
 * The token handling lives in useApi(); this only tracks what the screen shows.
 */
import { useCallback } from 'react';
import { useApi } from '../../api';
import { useAsyncResource } from '../useAsyncResource';

export function useApiGet<T>(path: string) {
  const api = useApi();
  const load = useCallback((signal: AbortSignal) => api.getJson<T>(path, { signal }), [api, path]);
  const { resource, retry } = useAsyncResource(load);
  return { resource, retry };
}
