// Cognito's OAuth 2.0 / OIDC endpoints: authorize, token, userInfo, revoke, logout and discovery documents.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppClient } from 'cognito-local/lib/services/appClient';
import type { Context } from 'cognito-local/lib/services/context';
import type { UserPoolService } from 'cognito-local/lib/services/userPoolService';
import { attributesToRecord } from 'cognito-local/lib/services/userPoolService';
import { CognitoError } from 'cognito-local/lib/errors';
import type { Layer } from '../layer.ts';
import { revokeRefreshToken } from '../signout.ts';
import { refreshTokens } from '../refresh.ts';
import { clientCredentials, cookies, readForm, redirect, sendHtml, sendJson } from './http.ts';
import { errorPage } from './pages.ts';
import { type AuthorizeParams, type HostedState, SESSION_COOKIE } from './state.ts';

export interface Hosted {
  layer: Layer;
  state: HostedState;
  ctx: Context;
  baseUrl(): string;
  nowSeconds(): number;
}

export type AuthorizeCheck =
  | { ok: true; params: AuthorizeParams; client: AppClient; pool: UserPoolService }
  | { ok: false; respond: (res: ServerResponse) => void };

const fail = (title: string, message: string): AuthorizeCheck => ({
  ok: false,
  respond: (res) => sendHtml(res, 400, errorPage(title, message)),
});

function redirectError(redirectUri: string, error: string, state: string | null): AuthorizeCheck {
  const u = new URL(redirectUri);
  u.searchParams.set('error', error);
  if (state) u.searchParams.set('state', state);
  return { ok: false, respond: (res) => redirect(res, u.toString()) };
}

/** Shared by /oauth2/authorize and /login: the client, redirect URI, flow and scopes must all be allowed. */
export async function checkAuthorize(h: Hosted, q: URLSearchParams): Promise<AuthorizeCheck> {
  const clientId = q.get('client_id');
  const client = clientId ? await h.layer.services.cognito.getAppClient(h.ctx, clientId) : null;
  if (!client)
    return fail(
      'Something went wrong',
      'An error was encountered with the requested page: invalid client_id.',
    );
  const redirectUri = q.get('redirect_uri') ?? '';
  if (!redirectUri || !(client.CallbackURLs ?? []).includes(redirectUri)) {
    return fail(
      'Something went wrong',
      'An error was encountered with the requested page: redirect_mismatch.',
    );
  }
  const state = q.get('state');
  if (q.get('response_type') !== 'code')
    return redirectError(redirectUri, 'unsupported_response_type', state);
  if (
    !client.AllowedOAuthFlowsUserPoolClient ||
    !(client.AllowedOAuthFlows ?? []).includes('code')
  ) {
    return redirectError(redirectUri, 'unauthorized_client', state);
  }
  const idp = q.get('identity_provider');
  if (idp && idp !== 'COGNITO' && !(client.SupportedIdentityProviders ?? []).includes(idp)) {
    return redirectError(redirectUri, 'invalid_request', state);
  }
  const allowed = client.AllowedOAuthScopes ?? [];
  const requested = (q.get('scope') ?? '').split(/[\s+]+/).filter(Boolean);
  const scopes = requested.length ? requested : allowed;
  if (scopes.some((s) => !allowed.includes(s)))
    return redirectError(redirectUri, 'invalid_scope', state);
  const challenge = q.get('code_challenge') ?? undefined;
  const method = q.get('code_challenge_method') ?? undefined;
  if (challenge && method !== 'S256') return redirectError(redirectUri, 'invalid_request', state);
  const pool = await h.layer.services.cognito.getUserPool(h.ctx, client.UserPoolId);
  return {
    ok: true,
    client,
    pool,
    params: {
      clientId: client.ClientId,
      redirectUri,
      scopes,
      state: state ?? undefined,
      nonce: q.get('nonce') ?? undefined,
      codeChallenge: challenge,
      codeChallengeMethod: method,
    },
  };
}

export function sessionCookie(id: string): string {
  return `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax`;
}

/** Ends a hosted sign-in: remember the browser, then send the code back to the app. */
export function completeSignIn(
  h: Hosted,
  res: ServerResponse,
  params: AuthorizeParams,
  poolId: string,
  username: string,
  authTime: number,
): void {
  const sid = h.state.startSession({ poolId, username, authTime });
  const code = h.state.issueCode({ ...params, poolId, username, authTime });
  const u = new URL(params.redirectUri);
  u.searchParams.set('code', code);
  if (params.state) u.searchParams.set('state', params.state);
  redirect(res, u.toString(), { 'Set-Cookie': sessionCookie(sid) });
}

export async function authorize(
  h: Hosted,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const check = await checkAuthorize(h, url.searchParams);
  if (!check.ok) return check.respond(res);
  const session = h.state.session(cookies(req)[SESSION_COOKIE]);
  if (
    session &&
    session.poolId === check.client.UserPoolId &&
    url.searchParams.get('prompt') !== 'login'
  ) {
    const user = await check.pool.getUserByUsername(h.ctx, session.username);
    if (user?.Enabled)
      return completeSignIn(
        h,
        res,
        check.params,
        session.poolId,
        session.username,
        session.authTime,
      );
  }
  redirect(res, `/login${url.search}`);
}

const oauthError = (res: ServerResponse, error: string, status = 400): void =>
  sendJson(res, status, { error });

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function authenticateClient(
  h: Hosted,
  req: IncomingMessage,
  form: URLSearchParams,
): Promise<AppClient | null> {
  const { id, secret } = clientCredentials(req, form);
  const client = id ? await h.layer.services.cognito.getAppClient(h.ctx, id) : null;
  if (!client) return null;
  if (client.ClientSecret && !(secret && safeEqual(secret, client.ClientSecret))) return null;
  return client;
}

export async function token(h: Hosted, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const form = await readForm(req);
  const client = await authenticateClient(h, req, form);
  if (!client) return oauthError(res, 'invalid_client', 401);
  const grant = form.get('grant_type');
  const cognito = h.layer.services.cognito;

  if (grant === 'authorization_code') {
    const code = h.state.redeemCode(form.get('code') ?? '');
    if (
      !code ||
      code.clientId !== client.ClientId ||
      code.redirectUri !== form.get('redirect_uri')
    ) {
      return oauthError(res, 'invalid_grant');
    }
    if (code.codeChallenge) {
      const verifier = form.get('code_verifier') ?? '';
      const computed = createHash('sha256').update(verifier).digest('base64url');
      if (!verifier || !safeEqual(computed, code.codeChallenge))
        return oauthError(res, 'invalid_grant');
    }
    const pool = await cognito.getUserPool(h.ctx, code.poolId);
    const user = await pool.getUserByUsername(h.ctx, code.username);
    if (!user?.Enabled) return oauthError(res, 'invalid_grant');
    const t = await h.layer.tokens.issue(h.ctx, {
      user,
      groups: await pool.listUserGroupMembership(h.ctx, user),
      client,
      scopes: code.scopes,
      nonce: code.nonce,
      authTime: code.authTime,
      withRefreshToken: true,
      triggerSource: 'TokenGeneration_HostedAuth',
    });
    return sendJson(res, 200, {
      ...(t.IdToken ? { id_token: t.IdToken } : {}),
      access_token: t.AccessToken,
      refresh_token: t.RefreshToken,
      expires_in: t.ExpiresIn,
      token_type: 'Bearer',
    });
  }

  if (grant === 'refresh_token') {
    const refresh = form.get('refresh_token') ?? '';
    const claims = h.layer.tokens.key.decodeVerified(refresh);
    const scopes =
      typeof claims?.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : undefined;
    const pool = await cognito.getUserPool(h.ctx, client.UserPoolId);
    let t;
    try {
      t = await refreshTokens(h.layer, h.ctx, pool, client, refresh, scopes);
    } catch (err) {
      // OAuth has one answer for every refused refresh token.
      if (err instanceof CognitoError) return oauthError(res, 'invalid_grant');
      throw err;
    }
    return sendJson(res, 200, {
      ...(t.IdToken ? { id_token: t.IdToken } : {}),
      access_token: t.AccessToken,
      ...(t.RefreshToken ? { refresh_token: t.RefreshToken } : {}),
      expires_in: t.ExpiresIn,
      token_type: 'Bearer',
    });
  }

  if (grant === 'client_credentials') {
    if (!client.ClientSecret || !(client.AllowedOAuthFlows ?? []).includes('client_credentials')) {
      return oauthError(res, 'unauthorized_client');
    }
    const allowed = (client.AllowedOAuthScopes ?? []).filter((s) => s.includes('/'));
    const requested = (form.get('scope') ?? '').split(/\s+/).filter(Boolean);
    const scopes = requested.length ? requested : allowed;
    const known = new Set(
      h.layer.extras
        .listResourceServers(client.UserPoolId)
        .flatMap((rs) => rs.Scopes.map((s) => `${rs.Identifier}/${s.ScopeName}`)),
    );
    if (!scopes.length || scopes.some((s) => !allowed.includes(s) || !known.has(s))) {
      return oauthError(res, 'invalid_scope');
    }
    const t = h.layer.tokens.issueClientCredentials(client, scopes);
    return sendJson(res, 200, {
      access_token: t.AccessToken,
      expires_in: t.ExpiresIn,
      token_type: 'Bearer',
    });
  }

  return oauthError(res, 'unsupported_grant_type');
}

export async function userInfo(
  h: Hosted,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const unauthorized = (description: string): void =>
    sendJson(
      res,
      401,
      { error: 'invalid_token', error_description: description },
      { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${description}"` },
    );
  const auth = req.headers.authorization ?? '';
  if (!auth.startsWith('Bearer ')) return unauthorized('Access token is missing');
  let claims;
  try {
    claims = h.layer.tokens.verifyAccessToken(auth.slice(7).trim());
  } catch (err) {
    return unauthorized(err instanceof CognitoError ? err.message : 'Invalid access token');
  }
  const scopes = String(claims.scope ?? '').split(' ');
  if (
    typeof claims.username !== 'string' ||
    !(scopes.includes('openid') || scopes.includes('aws.cognito.signin.user.admin'))
  ) {
    return unauthorized('Access token does not have the openid scope');
  }
  const pool = await h.layer.services.cognito.getUserPoolForClientId(
    h.ctx,
    String(claims.client_id),
  );
  const user = await pool.getUserByUsername(h.ctx, claims.username);
  if (!user) return unauthorized('User does not exist');
  sendJson(res, 200, { ...attributesToRecord(user.Attributes), username: user.Username });
}

/** RFC 7009: unknown or already revoked tokens still answer 200. */
export async function revoke(h: Hosted, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const form = await readForm(req);
  const client = await authenticateClient(h, req, form);
  if (!client) return oauthError(res, 'invalid_client', 401);
  const tokenValue = form.get('token');
  if (!tokenValue) return oauthError(res, 'invalid_request');
  const pool = await h.layer.services.cognito.getUserPool(h.ctx, client.UserPoolId);
  await revokeRefreshToken(h.layer, h.ctx, pool, client.ClientId, tokenValue);
  res.writeHead(200, { 'Cache-Control': 'no-store' });
  res.end();
}

export async function logout(
  h: Hosted,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const q = url.searchParams;
  const clientId = q.get('client_id');
  const client = clientId ? await h.layer.services.cognito.getAppClient(h.ctx, clientId) : null;
  const clear = `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
  const bad = (): void =>
    sendHtml(
      res,
      400,
      errorPage(
        'Something went wrong',
        'An error was encountered with the requested page: invalid logout request.',
      ),
    );
  if (!client) return bad();
  const logoutUri = q.get('logout_uri');
  if (logoutUri) {
    if (!(client.LogoutURLs ?? []).includes(logoutUri)) return bad();
    h.state.endSession(cookies(req)[SESSION_COOKIE]);
    return redirect(res, logoutUri, { 'Set-Cookie': clear });
  }
  // The other documented form: sign out, then start a new sign-in.
  const redirectUri = q.get('redirect_uri');
  if (redirectUri && q.get('response_type') && (client.CallbackURLs ?? []).includes(redirectUri)) {
    h.state.endSession(cookies(req)[SESSION_COOKIE]);
    return redirect(res, `/login${url.search}`, { 'Set-Cookie': clear });
  }
  return bad();
}

/**
 * Exactly the fields a real pool's discovery document has (end_session_endpoint since February 2024),
 * so a client that works here does not lean on metadata Cognito never publishes.
 */
export function openidConfiguration(h: Hosted, res: ServerResponse, poolId: string): void {
  const base = h.baseUrl();
  sendJson(res, 200, {
    authorization_endpoint: `${base}/oauth2/authorize`,
    end_session_endpoint: `${base}/logout`,
    id_token_signing_alg_values_supported: ['RS256'],
    issuer: `${base}/${poolId}`,
    jwks_uri: `${base}/${poolId}/.well-known/jwks.json`,
    response_types_supported: ['code', 'token'],
    revocation_endpoint: `${base}/oauth2/revoke`,
    scopes_supported: ['openid', 'email', 'phone', 'profile'],
    subject_types_supported: ['public'],
    token_endpoint: `${base}/oauth2/token`,
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    userinfo_endpoint: `${base}/oauth2/userInfo`,
  });
}

export function jwksDocument(h: Hosted, res: ServerResponse): void {
  sendJson(res, 200, h.layer.tokens.key.jwks(), { 'Cache-Control': 'public, max-age=300' });
}
