/**
 * Cognito's JSON API (`POST /` with `X-Amz-Target`), answered here instead of by cognito-local's
 * express app, which allowed every origin, turned malformed JSON into an HTML stack trace, a target
 * named `__proto__` into a 500, and logged request bodies (passwords) for unsupported targets.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CognitoError, UnsupportedError } from 'cognito-local/lib/errors';
import type { Router } from 'cognito-local/lib/server/Router';
import type { Context } from 'cognito-local/lib/services/context';
import { BodyTooLargeError, readBody } from '../api/body.ts';
import { isAllowedOrigin } from '../../server/api/cors.ts';

const SERVICE = 'AWSCognitoIdentityProviderService';
const OPERATION = /^[A-Z][A-Za-z0-9]{0,99}$/;
const JSON_TYPES = new Set(['application/x-amz-json-1.1', 'application/json']);

/**
 * The operations Cognito serves without AWS credentials (unauthenticated, or authorized by the
 * user's own access token or session). Everything else needs IAM credentials, which a browser app
 * must never hold, so a browser calling it is a page abusing the developer's machine.
 */
export const BROWSER_OPERATIONS: ReadonlySet<string> = new Set([
  'AssociateSoftwareToken',
  'ChangePassword',
  'CompleteWebAuthnRegistration',
  'ConfirmDevice',
  'ConfirmForgotPassword',
  'ConfirmSignUp',
  'DeleteUser',
  'DeleteUserAttributes',
  'DeleteWebAuthnCredential',
  'ForgetDevice',
  'ForgotPassword',
  'GetDevice',
  'GetTokensFromRefreshToken',
  'GetUser',
  'GetUserAttributeVerificationCode',
  'GetUserAuthFactors',
  'GlobalSignOut',
  'InitiateAuth',
  'ListDevices',
  'ListWebAuthnCredentials',
  'ResendConfirmationCode',
  'RespondToAuthChallenge',
  'RevokeToken',
  'SetUserMFAPreference',
  'SetUserSettings',
  'SignUp',
  'StartWebAuthnRegistration',
  'UpdateDeviceStatus',
  'UpdateUserAttributes',
  'VerifySoftwareToken',
  'VerifyUserAttribute',
]);

/** Browsers always send Origin on a cross-origin POST, and Sec-Fetch-* on every request. */
export function fromBrowser(req: IncomingMessage): boolean {
  return (
    req.headers.origin !== undefined ||
    Object.keys(req.headers).some((name) => name.startsWith('sec-fetch-'))
  );
}

/** Cognito's error shape: the type in the body and in x-amzn-ErrorType, where the SDKs look first. */
export function sendCognitoError(
  res: ServerResponse,
  status: number,
  type: string,
  message: string,
): void {
  res.writeHead(status, {
    'Content-Type': 'application/x-amz-json-1.1',
    'Cache-Control': 'no-store',
    'x-amzn-ErrorType': type,
  });
  res.end(JSON.stringify({ __type: type, message }));
}

// Same wire format as cognito-local's server: dates as epoch seconds.
function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Date ? Math.floor(raw.getTime() / 1000) : value;
}

// A key named __proto__ in a request body must never reach code that might copy it onto an object.
const dropProtoKeys = (key: string, value: unknown): unknown =>
  key === '__proto__' ? undefined : value;

export interface ApiDeps {
  router: Router;
  ctx: Context;
  allowedOrigins: readonly string[];
  /** One line per unexpected failure: never a request body. */
  log: (line: string) => void;
}

type Refusal = { status: number; type: string; message: string };

function checkRequest(req: IncomingMessage, deps: ApiDeps): Refusal | { operation: string } {
  const target = req.headers['x-amz-target'];
  const [service, operation, ...rest] = typeof target === 'string' ? target.split('.') : [];
  if (service !== SERVICE || !operation || rest.length > 0 || !OPERATION.test(operation)) {
    const shown = typeof target === 'string' ? `"${target.slice(0, 100)}"` : 'missing';
    return {
      status: 400,
      type: 'UnknownOperationException',
      message: `X-Amz-Target must be ${SERVICE}.<Operation>; it is ${shown}.`,
    };
  }
  if (fromBrowser(req)) {
    const origin = req.headers.origin;
    if (origin !== undefined && !isAllowedOrigin(origin, deps.allowedOrigins)) {
      return {
        status: 403,
        type: 'AccessDeniedException',
        message: `The origin ${origin.slice(0, 100)} may not call the local user pool; allowed: ${deps.allowedOrigins.join(', ')}.`,
      };
    }
    if (!BROWSER_OPERATIONS.has(operation)) {
      return {
        status: 403,
        type: 'AccessDeniedException',
        message: `${operation} needs AWS credentials and is refused from a browser: call it from a server or the CLI.`,
      };
    }
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!JSON_TYPES.has(type)) {
    return {
      status: 400,
      type: 'SerializationException',
      message: `Content-Type must be application/x-amz-json-1.1 (got "${type.slice(0, 100)}").`,
    };
  }
  return { operation };
}

export async function readJsonObject(req: IncomingMessage): Promise<Refusal | { body: object }> {
  let raw: Buffer;
  try {
    raw = await readBody(req);
  } catch (err) {
    if (!(err instanceof BodyTooLargeError)) throw err;
    return { status: 413, type: 'RequestEntityTooLargeException', message: err.message };
  }
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'), dropProtoKeys);
  } catch {
    // The parser's message quotes the input, which may hold a password: say only what is wrong.
    return {
      status: 400,
      type: 'SerializationException',
      message:
        raw.length === 0 ? 'The request body is empty.' : 'The request body is not valid JSON.',
    };
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return {
      status: 400,
      type: 'SerializationException',
      message: 'The request body must be a JSON object.',
    };
  }
  return { body };
}

export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  deps: ApiDeps,
): Promise<void> {
  const checked = checkRequest(req, deps);
  if ('status' in checked) {
    req.resume();
    return sendCognitoError(res, checked.status, checked.type, checked.message);
  }
  const parsed = await readJsonObject(req);
  if ('status' in parsed) return sendCognitoError(res, parsed.status, parsed.type, parsed.message);
  const { operation } = checked;
  try {
    const output: unknown = await deps.router(operation)(deps.ctx, parsed.body);
    res.writeHead(200, {
      'Content-Type': 'application/x-amz-json-1.1',
      'Cache-Control': 'no-store',
    });
    res.end(JSON.stringify(output ?? {}, replacer));
  } catch (err) {
    if (err instanceof CognitoError) return sendCognitoError(res, 400, err.code, err.message);
    if (err instanceof UnsupportedError) {
      return sendCognitoError(
        res,
        400,
        'UnsupportedOperationException',
        `The local user pool does not support this: ${err.message}`,
      );
    }
    // The stack names our code, never the request's values.
    deps.log(
      `[cognito-local] ${operation} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
    sendCognitoError(
      res,
      500,
      'InternalErrorException',
      `The local user pool failed on ${operation}; its console shows why.`,
    );
  }
}
