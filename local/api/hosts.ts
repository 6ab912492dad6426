/**
 * DNS rebinding guard for the local stand-ins, as Vite's `server.allowedHosts`: a page on
 * evil.example that re-points its name at 127.0.0.1 reaches us with `Host: evil.example`, so only
 * loopback names and explicitly configured ones are answered.
 */

export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** The host name of a Host header, without the port, lower-cased; null when it is not one. */
export function hostName(header: string | undefined): string | null {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]\s/@]+)(?::\d{1,5})?$/i.exec((header ?? '').trim());
  return match ? match[1]!.toLowerCase() : null;
}

export function isAllowedHost(header: string | undefined, extraHosts: readonly string[]): boolean {
  const name = hostName(header);
  if (name === null) return false;
  return [...LOOPBACK_HOSTS, ...extraHosts].some((allowed) => allowed.toLowerCase() === name);
}

/** A clear refusal: what was refused and how to allow it on purpose. */
export function hostRefusal(header: string | undefined, setting: string): string {
  const shown = (header ?? '').slice(0, 100);
  return (
    `Blocked request: the Host "${shown}" is not allowed (DNS rebinding protection). ` +
    `Use http://localhost, or add the name to ${setting}.`
  );
}
