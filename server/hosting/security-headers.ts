/**
 * The security headers every response of the SPA carries, defined once for both places that serve
 * it: CloudFront (the CDK app's response headers policy) and `vite preview` (vite.config.ts and the
 * browser tests' server). The browser tests therefore run the production bundle under exactly the
 * policy users get, and fail on any violation.
 *
 * The CSP allows only what the built app needs: its own scripts, styles, fonts and manifest; images
 * from itself and `data:` (the TOTP QR code is an SVG data: URL, see src/components/TotpSetup.tsx);
 * and network calls to exactly three origins, the Cognito API endpoint, the hosted-UI domain and the
 * protected API. No 'unsafe-inline' anywhere: the build emits no inline script or style, and React
 * sets style properties through the DOM, which CSP does not govern. Navigations to the hosted UI are
 * not connections, so the hosted domain's own pages are not under this policy.
 */

export interface AppEndpoints {
  /** The Cognito user pool API, e.g. https://cognito-idp.eu-west-1.amazonaws.com. */
  cognitoEndpoint?: string;
  /** The hosted UI, e.g. https://<prefix>.auth.eu-west-1.amazoncognito.com. */
  hostedUiDomain?: string;
  /** The protected API, e.g. https://<id>.execute-api.eu-west-1.amazonaws.com/prod. */
  apiUrl?: string;
  /** Cognito Identity (AWS credentials), e.g. https://cognito-identity.eu-west-1.amazonaws.com. */
  identityEndpoint?: string;
}

/** One year, the minimum the HSTS preload list accepts. */
export const HSTS_MAX_AGE_SECONDS = 31_536_000;

/** Browser features the app never uses, switched off so injected script cannot use them either. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ');

export interface SecurityHeaderSet {
  contentSecurityPolicy: string;
  strictTransportSecurity: { maxAgeSeconds: number; includeSubdomains: boolean; preload: boolean };
  /** The legacy twin of frame-ancestors 'none', for browsers that predate CSP level 2. */
  frameOptions: 'DENY';
  contentTypeOptions: 'nosniff';
  /** The callback URL carries an authorization code until the app strips it: never send it on. */
  referrerPolicy: 'no-referrer';
  /** Headers CloudFront's security-headers block has no field for. */
  custom: Record<string, string>;
}

/** `https://host[:port]` of a URL; the path is left out because CSP drops it after a redirect anyway. */
function originOf(url: string | undefined, name: string): string | undefined {
  if (url === undefined || url.trim() === '') return undefined;
  // A value known only at deploy time (the CDK app's API id is a CloudFormation reference inside the
  // host name) cannot be parsed yet; it is accepted only as a bare origin, so it cannot smuggle a
  // separator into the policy.
  if (url.includes('${')) {
    if (/^https:\/\/[^\s/;,']+$/.test(url)) return url;
    throw new Error(
      `${name} must be a bare https origin when it holds a deploy-time value: "${url}".`,
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${name} is not a URL: "${url}".`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new Error(`${name} must be an http(s) URL: "${url}".`);
  return parsed.origin;
}

export function contentSecurityPolicy(endpoints: AppEndpoints): string {
  const connect = [
    originOf(endpoints.cognitoEndpoint, 'cognitoEndpoint'),
    originOf(endpoints.hostedUiDomain, 'hostedUiDomain'),
    originOf(endpoints.apiUrl, 'apiUrl'),
    originOf(endpoints.identityEndpoint, 'identityEndpoint'),
  ].filter((origin): origin is string => origin !== undefined);
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    // 'none' when nothing is configured: a misconfigured build then shows its error page, no more.
    ['connect-src', connect.length > 0 ? [...new Set(connect)] : ["'none'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['object-src', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

export function securityHeaderSet(endpoints: AppEndpoints): SecurityHeaderSet {
  return {
    contentSecurityPolicy: contentSecurityPolicy(endpoints),
    strictTransportSecurity: {
      maxAgeSeconds: HSTS_MAX_AGE_SECONDS,
      includeSubdomains: true,
      preload: false,
    },
    frameOptions: 'DENY',
    contentTypeOptions: 'nosniff',
    referrerPolicy: 'no-referrer',
    custom: {
      'Permissions-Policy': PERMISSIONS_POLICY,
      // The app opens no pop-ups and is embedded nowhere: isolate its browsing context and assets.
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
    },
  };
}

/** The same set as plain HTTP headers, for servers that take a name → value map (vite preview). */
export function securityHeaders(endpoints: AppEndpoints): Record<string, string> {
  const set = securityHeaderSet(endpoints);
  const hsts = set.strictTransportSecurity;
  return {
    'Content-Security-Policy': set.contentSecurityPolicy,
    'Strict-Transport-Security': [
      `max-age=${hsts.maxAgeSeconds}`,
      ...(hsts.includeSubdomains ? ['includeSubDomains'] : []),
      ...(hsts.preload ? ['preload'] : []),
    ].join('; '),
    'X-Frame-Options': set.frameOptions,
    'X-Content-Type-Options': set.contentTypeOptions,
    'Referrer-Policy': set.referrerPolicy,
    ...set.custom,
  };
}

/**
 * The endpoints a build talks to, from the VITE_* values it was built with; the Cognito endpoint
 * follows from the region unless overridden (the local pool), as it does in the app.
 */
export function endpointsFromEnv(env: Record<string, string | undefined>): AppEndpoints {
  const region = env.VITE_COGNITO_REGION?.trim();
  const cognitoEndpoint =
    env.VITE_COGNITO_ENDPOINT?.trim() ||
    (region ? `https://cognito-idp.${region}.amazonaws.com` : undefined);
  // Only a build with an identity pool talks to Cognito Identity.
  const identityEndpoint = env.VITE_IDENTITY_POOL_ID?.trim()
    ? env.VITE_IDENTITY_ENDPOINT?.trim() ||
      (region ? `https://cognito-identity.${region}.amazonaws.com` : undefined)
    : undefined;
  return {
    cognitoEndpoint,
    hostedUiDomain: env.VITE_COGNITO_DOMAIN?.trim() || undefined,
    apiUrl: env.VITE_API_URL?.trim() || undefined,
    ...(identityEndpoint ? { identityEndpoint } : {}),
  };
}
