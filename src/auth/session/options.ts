/**
 * What a SessionManager can be given, and the browser defaults for what it is not: every seam a test
 * (or another runtime) may replace, in one place.
 */
import type { AppConfig } from '../../config/env';
import type { AuthServices } from '../services';
import type { KeyValueStorage } from '../storage';
import { browserChannel, browserLocalStorage, type CrossTabChannel } from './crossTab';
import { browserLocks, noLock, type LockManagerLike } from './lock';
import { lazyWebAuthn, type WebAuthnCeremonies } from './passwordless';
import { DEFAULT_RETRY, type RetryPolicy } from './refresh';

export interface SessionManagerOptions {
  config: AppConfig;
  /** Defaults to the Cognito SDK services for `config`. */
  services?: AuthServices;
  /** Where tokens live; defaults to the Web Storage area `config.tokenStorage` names. */
  storage?: KeyValueStorage;
  /** Whether other tabs see the same storage (Web Locks and adopt-on-message apply). Default: tokenStorage === 'local'. */
  sharedStorage?: boolean;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** `null` turns cross-tab messages off. Default: a BroadcastChannel when the runtime has one. */
  createChannel?: (() => CrossTabChannel) | null;
  /** Default: `navigator.locks` when available. `null` turns cross-tab locking off. */
  locks?: LockManagerLike | null;
  /** Receives `storage` events (the fallback when BroadcastChannel is missing). Default: window. */
  eventTarget?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  /** Carries the fallback signal between tabs. Default: localStorage. */
  signalStorage?: KeyValueStorage | null;
  /** Leaves the page (hosted-UI logout). Default: the hosted-UI module's own page change. */
  navigate?: (url: string) => void;
  /** Refresh attempts on a transient failure, and the first back-off delay. */
  retry?: RetryPolicy;
  /** The issuer shown in authenticator apps. Default: the brand name. */
  totpIssuer?: string;
  /** The browser's passkey ceremonies. Default: src/auth/webauthn.ts, loaded on first use. */
  webAuthn?: WebAuthnCeremonies;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The options with every default filled in (`undefined` means "default"; `null` means "none"). */
export function withDefaults(options: SessionManagerOptions) {
  const shared = options.sharedStorage ?? options.config.tokenStorage === 'local';
  const locks = options.locks === undefined ? browserLocks() : options.locks;
  return {
    shared,
    // Without shared storage no other tab can race this one's refresh, so there is nothing to lock.
    lock: shared ? (locks ?? noLock) : noLock,
    now: options.now ?? (() => Date.now()),
    sleep: options.sleep ?? defaultSleep,
    retry: options.retry ?? DEFAULT_RETRY,
    createChannel: options.createChannel === undefined ? browserChannel() : options.createChannel,
    eventTarget:
      options.eventTarget === undefined
        ? typeof window !== 'undefined'
          ? window
          : null
        : options.eventTarget,
    signalStorage:
      options.signalStorage === undefined ? browserLocalStorage() : options.signalStorage,
    totpIssuer: options.totpIssuer ?? options.config.brand.name,
    webAuthn: options.webAuthn ?? lazyWebAuthn(),
  };
}
