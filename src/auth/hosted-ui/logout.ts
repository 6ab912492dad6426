/**
 * Ends the hosted-UI session. Clearing our own tokens is not enough after a hosted sign-in: the
 * Cognito domain keeps its own cookie and would sign the user straight back in, so the browser must
 * visit `/logout`, which then returns to `redirectSignOut` (registered on the app client).
 *
 * The signed-out landing: a one-shot sessionStorage flag, set just before leaving, tells the page we
 * come back to that the return is a sign-out, so it can say so even when `redirectSignOut` is the
 * default `<origin>/`. Pointing `redirectSignOut` at `/signed-out` works without the flag.
 */
import { leavePage } from './browser';
import { hostedDomain, type HostedUiConfig } from './domain';

const SIGNED_OUT_KEY = 'cra.hostedUi.signedOutAt';
// The round trip to /logout takes seconds; an older flag is from a logout that never came back.
const SIGNED_OUT_FLAG_TTL_MS = 5 * 60 * 1000;

/**
 * `${hostedUiDomain}/logout?client_id=…&logout_uri=<redirectSignOut>`. Config serialises a bare
 * origin with its `/`, so register `https://app.example.com/` on the app client.
 */
export function buildLogoutUrl(config: HostedUiConfig): string {
  const url = new URL(`${hostedDomain(config)}/logout`);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('logout_uri', config.redirectSignOut);
  return url.href;
}

/**
 * Leaves for the hosted-UI logout after marking the return as a sign-out. Call it after the local
 * session is cleared and the refresh token revoked. Does nothing without a hosted UI domain.
 */
export function redirectToHostedSignOut(
  config: HostedUiConfig,
  navigate: (url: string) => void = leavePage,
  now: number = Date.now(),
): boolean {
  if (config.hostedUiDomain === undefined) return false;
  try {
    sessionStorage.setItem(SIGNED_OUT_KEY, String(now));
  } catch {
    // The note is a courtesy; signing out matters more.
  }
  navigate(buildLogoutUrl(config));
  return true;
}

/** True once after returning from the hosted-UI logout; clears the flag. */
export function consumeSignedOutFlag(now: number = Date.now()): boolean {
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(SIGNED_OUT_KEY);
    sessionStorage.removeItem(SIGNED_OUT_KEY);
  } catch {
    return false;
  }
  if (raw === null) return false;
  const at = Number(raw);
  return Number.isFinite(at) && now - at >= 0 && now - at <= SIGNED_OUT_FLAG_TTL_MS;
}
