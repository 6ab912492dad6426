/**
 * The two things the hosted-UI flow does to the browser outside React: leave the page, and rewrite
 * the current history entry. Kept here so tests can replace them (jsdom cannot navigate).
 */

/** Full-page navigation to the hosted UI or its logout endpoint. */
export function leavePage(url: string): void {
  window.location.assign(url);
}

/** Replaces the address and current history entry, keeping the router's history.state. */
export function replaceUrl(path: string): void {
  window.history.replaceState(window.history.state, '', path);
}
