/**
 * Keeps the tabs of one app in step, apart from the session it serves (as oidc-client-ts keeps
 * session monitoring in its own class). Messages go over a BroadcastChannel; without one, a write to
 * localStorage that fires `storage` in every other tab carries them. With shared (local) storage, a
 * change to the stored session itself is news too. Messages never carry tokens.
 */
import type { KeyValueStorage, StoredSession, TokenStore } from '../storage';

/** The BroadcastChannel name every tab of the app listens on. */
export const AUTH_CHANNEL_NAME = 'cra-auth';

/** What travels between tabs. Never tokens: a tab that shares storage re-reads it instead. */
export type CrossTabMessage = {
  type: 'signedOut' | 'signedIn' | 'refreshed';
  clientId: string;
  reason?: 'user' | 'expired';
};

/** The part of BroadcastChannel we use, so tests and odd browsers can supply their own. */
export interface CrossTabChannel {
  postMessage(message: CrossTabMessage): void;
  close(): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/** What another tab's news means here; SessionManager implements it. */
export interface CrossTabHandlers {
  /** Another tab signed out; `expired` when its refresh token was refused. */
  signedOutElsewhere(reason: 'user' | 'expired' | undefined): void;
  /** Shared storage holds a session another tab wrote (it signed in or refreshed). */
  sessionWritten(session: StoredSession): void;
  /** Another tab removed the shared session, or the whole storage area was cleared. */
  sessionRemoved(): void;
}

export interface CrossTabOptions {
  clientId: string;
  /** This tab's token store: its key is watched, and re-read on news, when `shared`. */
  store: TokenStore;
  /** Whether other tabs see the same token storage. */
  shared: boolean;
  /** `null` turns messages off. */
  createChannel: (() => CrossTabChannel) | null;
  /** Receives `storage` events. */
  eventTarget: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  /** Carries the fallback signal when there is no channel. */
  signalStorage: KeyValueStorage | null;
  now: () => number;
}

/** A BroadcastChannel factory when the runtime has one, else null. */
export function browserChannel(): (() => CrossTabChannel) | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  // BroadcastChannel's postMessage takes any value; this narrower shape admits only our messages.
  return () => new BroadcastChannel(AUTH_CHANNEL_NAME) as unknown as CrossTabChannel;
}

/** localStorage, or null where reading it throws (some privacy modes) or there is no window. */
export function browserLocalStorage(): KeyValueStorage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

export class CrossTabSync {
  readonly #options: CrossTabOptions;
  readonly #handlers: CrossTabHandlers;
  readonly #signalKey: string;
  #channel: CrossTabChannel | null = null;

  constructor(options: CrossTabOptions, handlers: CrossTabHandlers) {
    this.#options = options;
    this.#handlers = handlers;
    this.#signalKey = `${options.store.prefix}signal`;
  }

  /** Starts listening. Safe to call again after `disconnect()` (StrictMode remounts). */
  connect(): void {
    const { createChannel, eventTarget } = this.#options;
    if (this.#channel === null && createChannel !== null) {
      this.#channel = createChannel();
      this.#channel.onmessage = (event: MessageEvent) => this.#onMessage(event.data);
    }
    eventTarget?.addEventListener('storage', this.#onStorage);
  }

  disconnect(): void {
    this.#channel?.close();
    this.#channel = null;
    this.#options.eventTarget?.removeEventListener('storage', this.#onStorage);
  }

  /** Tells the other tabs. */
  broadcast(message: Omit<CrossTabMessage, 'clientId'>): void {
    const { clientId, createChannel, signalStorage, now } = this.#options;
    const full: CrossTabMessage = { ...message, clientId };
    if (this.#channel !== null) {
      this.#channel.postMessage(full);
      return;
    }
    if (createChannel !== null || signalStorage === null) return;
    // Fallback: a write to localStorage fires `storage` in every other tab. Not a token, just a ping.
    try {
      signalStorage.setItem(
        this.#signalKey,
        JSON.stringify({ ...full, at: now(), n: Math.random() }),
      );
      signalStorage.removeItem(this.#signalKey);
    } catch {
      // Storage full or disabled: other tabs catch up on their next refresh.
    }
  }

  #onMessage(data: unknown): void {
    const { clientId, shared, store } = this.#options;
    const message = data as Partial<CrossTabMessage> | null;
    if (!message || message.clientId !== clientId) return;
    if (message.type === 'signedOut') {
      // An expiry is news only about the refresh token that expired. Without shared storage that
      // was another tab's own token (perhaps another person's), so this tab's session stands.
      if (message.reason === 'expired' && !shared) return;
      this.#handlers.signedOutElsewhere(message.reason);
      return;
    }
    if ((message.type === 'signedIn' || message.type === 'refreshed') && shared) {
      const stored = store.read();
      if (stored !== null) this.#handlers.sessionWritten(stored);
    }
  }

  readonly #onStorage = (event: StorageEvent): void => {
    const { shared, store } = this.#options;
    if (event.key === this.#signalKey && event.newValue !== null) {
      try {
        this.#onMessage(JSON.parse(event.newValue));
      } catch {
        // Not ours to read.
      }
      return;
    }
    if (!shared || (event.key !== store.key && event.key !== null)) return;
    // key === null means the whole area was cleared.
    const stored = event.key === null ? null : store.read();
    if (stored === null) this.#handlers.sessionRemoved();
    else this.#handlers.sessionWritten(stored);
  };
}
