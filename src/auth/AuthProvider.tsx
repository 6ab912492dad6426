/**
 * The thin React adapter over SessionManager: one manager per provider, its state read through
 * useSyncExternalStore, restore and cross-tab listening started in an effect (StrictMode-safe).
 */
import { useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useConfig } from '../config/ConfigContext';
import { AuthContext } from './AuthContext';
import type { AuthServices } from './services';
import { SessionManager, type SessionManagerOptions } from './session';
import type { KeyValueStorage } from './storage';

export interface AuthProviderProps {
  children: ReactNode;
  /** Replaces the Cognito SDK services (tests, other back ends). */
  services?: AuthServices;
  /** Replaces the token storage `config.tokenStorage` picks. */
  storage?: KeyValueStorage;
  /** Any other SessionManager option (clock, channel, locks, navigate, …). Read once, on mount. */
  options?: Omit<SessionManagerOptions, 'config' | 'services' | 'storage'>;
  /** A ready-made manager; when given, `services`, `storage` and `options` are ignored. */
  manager?: SessionManager;
}

/** Provides `useAuth()` to the tree. Must sit inside `<ConfigProvider>`. */
export function AuthProvider({
  children,
  services,
  storage,
  options,
  manager: given,
}: AuthProviderProps) {
  const config = useConfig();
  // One manager for the provider's lifetime; later prop changes are ignored on purpose (a new
  // manager would orphan the session and its listeners).
  const [manager] = useState(
    () => given ?? new SessionManager({ ...options, config, services, storage }),
  );

  useEffect(() => {
    manager.connect();
    void manager.restore();
    // After the first paint, so the SDK's chunk never competes with what the user sees first.
    const warmUp = setTimeout(() => manager.preload(), 0);
    return () => {
      clearTimeout(warmUp);
      manager.disconnect();
    };
  }, [manager]);

  const state = useSyncExternalStore(manager.subscribe, manager.getState, manager.getState);
  const value = useMemo(() => ({ ...manager.toContextValue(), state }), [manager, state]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
