/**
 * Remembers each hosted-UI redirect in sessionStorage, keyed by its `state`, so the callback can
 * prove the response answers a request this tab made. An entry is taken exactly once: taking it
 * removes it and records the state as used, so a replayed or reloaded response is recognised as
 * reused rather than unknown. sessionStorage is per tab, which is the point: a response opened in
 * another tab has nothing to match.
 */

export interface HostedTransaction {
  state: string;
  codeVerifier: string;
  nonce: string;
  /** Already sanitised when stored; sanitised again when used. */
  returnTo: string;
  provider?: string;
  redirectUri: string;
  /** Epoch milliseconds. */
  createdAt: number;
}

export type TakeResult =
  | { kind: 'ok'; transaction: HostedTransaction }
  | { kind: 'expired'; transaction: HostedTransaction }
  | { kind: 'reused' }
  | { kind: 'unknown' };

/** A code is good for minutes at most; a verifier older than this is not worth a round trip. */
export const TRANSACTION_TTL_MS = 10 * 60 * 1000;

const PREFIX = 'cra.hostedUi.tx.';
const USED_KEY = 'cra.hostedUi.used';
// Enough to recognise a reload or Back of the last few sign-ins without growing forever.
const MAX_USED = 20;

function storage(): Storage {
  return window.sessionStorage;
}

export function saveTransaction(transaction: HostedTransaction, now = Date.now()): void {
  pruneExpired(now);
  storage().setItem(PREFIX + transaction.state, JSON.stringify(transaction));
}

/** Removes the entry for `state` (whatever its age) and marks the state as used. */
export function takeTransaction(state: string, now = Date.now()): TakeResult {
  const key = PREFIX + state;
  const raw = storage().getItem(key);
  if (raw === null) {
    return usedStates().includes(state) ? { kind: 'reused' } : { kind: 'unknown' };
  }
  storage().removeItem(key);
  markUsed(state);
  const transaction = parse(raw);
  if (transaction === null || transaction.state !== state) return { kind: 'unknown' };
  const age = now - transaction.createdAt;
  // A negative age means the clock moved backwards or the entry was forged; neither is trustworthy.
  if (age < 0 || age > TRANSACTION_TTL_MS) return { kind: 'expired', transaction };
  return { kind: 'ok', transaction };
}

function parse(raw: string): HostedTransaction | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const t = value as Record<string, unknown>;
    const strings = ['state', 'codeVerifier', 'nonce', 'returnTo', 'redirectUri'] as const;
    if (!strings.every((name) => typeof t[name] === 'string')) return null;
    if (typeof t.createdAt !== 'number') return null;
    if (t.provider !== undefined && typeof t.provider !== 'string') return null;
    return value as HostedTransaction;
  } catch {
    return null;
  }
}

function usedStates(): string[] {
  try {
    const value: unknown = JSON.parse(storage().getItem(USED_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
}

function markUsed(state: string): void {
  const used = usedStates().filter((s) => s !== state);
  used.push(state);
  storage().setItem(USED_KEY, JSON.stringify(used.slice(-MAX_USED)));
}

function pruneExpired(now: number): void {
  const store = storage();
  for (let i = store.length - 1; i >= 0; i -= 1) {
    const key = store.key(i);
    if (key === null || !key.startsWith(PREFIX)) continue;
    const transaction = parse(store.getItem(key) ?? '');
    if (transaction === null || now - transaction.createdAt > TRANSACTION_TTL_MS) {
      store.removeItem(key);
    }
  }
}
