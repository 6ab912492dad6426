/**
 * Counts the round trips a page makes, by intercepting its requests in the browser: Cognito API calls
 * by X-Amz-Target, hosted-UI endpoints by path, and protected-API calls. CORS preflights are not
 * counted; Chromium caches them per Access-Control-Max-Age and does not report them to pages.
 */
import type { Page } from 'playwright-core';

export interface RoundTrips {
  /** Cognito JSON API calls, e.g. { InitiateAuth: 1, RespondToAuthChallenge: 1 }. */
  cognito: Record<string, number>;
  /** Hosted-UI and OAuth endpoints by path, e.g. { '/oauth2/token': 1 }. */
  oauth: Record<string, number>;
  api: number;
  cognitoTotal: number;
}

export interface RequestRecorder {
  reset(): void;
  counts(): RoundTrips;
}

export function recordRequests(
  page: Page,
  targets: { cognitoUrl: string; apiUrl: string },
): RequestRecorder {
  let cognito: Record<string, number> = {};
  let oauth: Record<string, number> = {};
  let api = 0;

  page.on('request', (request) => {
    const url = request.url();
    if (request.method() === 'OPTIONS') return;
    if (url.startsWith(targets.apiUrl)) {
      api += 1;
    } else if (url.startsWith(targets.cognitoUrl)) {
      const amzTarget = request.headers()['x-amz-target'];
      if (amzTarget !== undefined) {
        const target = amzTarget.split('.').pop() ?? amzTarget;
        cognito[target] = (cognito[target] ?? 0) + 1;
      } else {
        const { pathname } = new URL(url);
        oauth[pathname] = (oauth[pathname] ?? 0) + 1;
      }
    }
  });

  return {
    reset() {
      cognito = {};
      oauth = {};
      api = 0;
    },
    counts() {
      return {
        cognito: { ...cognito },
        oauth: { ...oauth },
        api,
        cognitoTotal: Object.values(cognito).reduce((a, b) => a + b, 0),
      };
    },
  };
}
