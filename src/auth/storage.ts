/**
 * Token storage: the only code that writes tokens anywhere. A session lives under one namespaced key
 * (`cra.<clientId>.session`) as one JSON value, so a write is atomic and another tab never reads half
 * of a refresh.
 */
import type { TokenStorageKind } from '../config/env';
import type { SessionTokens, SignInMethod } from './types';

/** The subset of the Web Storage API we need; the SDK's `Storage` option takes the same shape. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Enumeration lets `clear()` remove stale keys; optional because a shim may not offer it. */
  readonly length?: number;
  key?(index: number): string | null;
}

export interface MemoryStorage extends KeyValueStorage {
  clear(): void;
  readonly length: number;
  key(index: number): string | null;
}

export function createMemoryStorage(): MemoryStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
    clear: () => map.clear(),
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
  };
}

/**
 * The Web Storage area for a config value. Falls back to memory when the area is unavailable (Safari
 * private mode, storage disabled), so the app still works for the life of the tab.
 */
export function storageFor(kind: TokenStorageKind): KeyValueStorage {
  if (kind === 'memory' || typeof window === 'undefined') return createMemoryStorage();
  try {
    const area = kind === 'local' ? window.localStorage : window.sessionStorage;
    const probe = '__cra_probe__';
    area.setItem(probe, probe);
    area.removeItem(probe);
    return area;
  } catch {
    return createMemoryStorage();
  }
}

export interface StoredSession {
  tokens: SessionTokens;
  signInMethod: SignInMethod;
  /**
   * Server clock minus local clock when the tokens arrived (see jwt.ts serverClockOffset). Absent
   * means 0: expiry is judged on the local clock.
   */
  serverClockOffsetMs?: number;
}

/** Reads and writes the session under the app's namespaced key. */
export class TokenStore {
  readonly prefix: string;
  readonly key: string;
  private readonly sdkPrefix: string;

  constructor(
    readonly storage: KeyValueStorage,
    clientId: string,
  ) {
    this.prefix = `cra.${clientId}.`;
    this.key = `${this.prefix}session`;
    this.sdkPrefix = `CognitoIdentityServiceProvider.${clientId}.`;
  }

  read(): StoredSession | null {
    return parseStoredSession(this.storage.getItem(this.key));
  }

  write(session: StoredSession): void {
    this.storage.setItem(this.key, JSON.stringify(session));
  }

  /** Removes our keys, and any the SDK may have left from an older build that let it write. */
  clear(): void {
    const doomed = new Set<string>([this.key]);
    const { storage } = this;
    if (typeof storage.length === 'number' && typeof storage.key === 'function') {
      for (let i = 0; i < storage.length; i += 1) {
        const k = storage.key(i);
        if (k !== null && (k.startsWith(this.prefix) || k.startsWith(this.sdkPrefix)))
          doomed.add(k);
      }
    }
    for (const k of doomed) storage.removeItem(k);
  }
}

const SIGN_IN_METHODS: readonly SignInMethod[] = ['password', 'hostedUi', 'passkey', 'emailCode'];

export function parseStoredSession(raw: string | null): StoredSession | null {
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as Partial<StoredSession> | null;
    const tokens = value?.tokens;
    if (
      !tokens ||
      typeof tokens.idToken !== 'string' ||
      typeof tokens.accessToken !== 'string' ||
      (tokens.refreshToken !== undefined && typeof tokens.refreshToken !== 'string') ||
      !SIGN_IN_METHODS.includes(value.signInMethod as SignInMethod)
    ) {
      return null;
    }
    const offset = value.serverClockOffsetMs;
    const session: StoredSession = { tokens, signInMethod: value.signInMethod as SignInMethod };
    if (typeof offset === 'number' && Number.isFinite(offset)) session.serverClockOffsetMs = offset;
    return session;
  } catch {
    return null;
  }
}
