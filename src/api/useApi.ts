/** Binds the API client to the current session and config, so screens call `useApi().getJson(path)`. */
import { useMemo } from 'react';
import { useAuth } from '../auth/useAuth';
import { useConfig } from '../config/ConfigContext';
import { createApiClient, type ApiClient } from './client';

/** An API client for `config.apiUrl` that authenticates with the session's access token. */
export function useApi(): ApiClient {
  const { apiUrl, requestTimeouts } = useConfig();
  const { getAccessToken } = useAuth();
  const timeoutMs = requestTimeouts.apiMs;
  return useMemo(
    () => createApiClient({ baseUrl: apiUrl, getAccessToken, timeoutMs }),
    [apiUrl, getAccessToken, timeoutMs],
  );
}
