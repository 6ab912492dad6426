/**
 * `<link rel="preconnect">` to the Cognito API, added to index.html at build time (vite.config.ts), so
 * on a real network the browser resolves DNS and finishes TLS while the user types, and the first
 * call of a sign-in does not pay for them. Built from the same validated config the app reads, so a
 * misconfigured build gets no hint rather than a wrong one; no script, so a strict CSP is unaffected.
 */
import type { HtmlTagDescriptor } from 'vite';
import { readConfig } from '../../config/env';
import { cognitoEndpoint } from './http';

export function cognitoPreconnectTags(
  env: Record<string, string | undefined>,
): HtmlTagDescriptor[] {
  // The origin only feeds default redirect URLs, which play no part here.
  const result = readConfig(env, 'http://localhost');
  if (!result.ok) return [];
  const { region, cognitoEndpoint: override } = result.config;
  return [
    {
      tag: 'link',
      // First in <head>: it is a hint, and the earlier the browser sees it the more it saves.
      // The SDK's fetch is a CORS request without credentials: only an anonymous preconnect is reused.
      attrs: {
        rel: 'preconnect',
        href: new URL(cognitoEndpoint(region, override)).origin,
        crossorigin: true,
      },
      injectTo: 'head-prepend',
    },
  ];
}
