/**
 * Cognito Identity's JSON API on the local Cognito port (`POST /` with
 * `X-Amz-Target: AWSCognitoIdentityService.<Operation>`), plus the private lookup the local API uses
 * to check SigV4 signatures made with the credentials handed out here.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAllowedOrigin } from '../../server/api/cors.ts';
import { fromBrowser, readJsonObject, sendCognitoError } from '../cognito/api.ts';
import { IdentityError, type IdentityService } from './service.ts';

export const IDENTITY_SERVICE = 'AWSCognitoIdentityService';

/** The lookup path; refused to browsers, since it answers with secret keys. */
export const CREDENTIALS_LOOKUP_PATH = '/_local/identity/credentials';

/** What a browser may call: the unauthenticated operations. The rest need IAM credentials. */
const BROWSER_OPERATIONS = new Set(['GetId', 'GetCredentialsForIdentity']);

export function isIdentityRequest(req: IncomingMessage): boolean {
  const target = req.headers['x-amz-target'];
  return typeof target === 'string' && target.startsWith(`${IDENTITY_SERVICE}.`);
}

/** The region a signed admin call was made for (its credential scope); the pool id carries it. */
function signedRegion(req: IncomingMessage): string {
  const match = /Credential=[^/]+\/\d{8}\/([a-z0-9-]+)\//.exec(req.headers.authorization ?? '');
  return match?.[1] ?? 'us-east-1';
}

export interface IdentityDeps {
  service: IdentityService;
  allowedOrigins: readonly string[];
  log: (line: string) => void;
}

function sendJson(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.1', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

export async function handleIdentity(
  req: IncomingMessage,
  res: ServerResponse,
  deps: IdentityDeps,
): Promise<void> {
  const operation = String(req.headers['x-amz-target']).slice(IDENTITY_SERVICE.length + 1);
  if (fromBrowser(req)) {
    const origin = req.headers.origin;
    if (origin !== undefined && !isAllowedOrigin(origin, deps.allowedOrigins)) {
      req.resume();
      return sendCognitoError(
        res,
        403,
        'AccessDeniedException',
        `The origin ${origin.slice(0, 100)} may not call the local identity pool.`,
      );
    }
    if (!BROWSER_OPERATIONS.has(operation)) {
      req.resume();
      return sendCognitoError(
        res,
        403,
        'AccessDeniedException',
        `${operation.slice(0, 100)} needs AWS credentials and is refused from a browser.`,
      );
    }
  }
  const parsed = await readJsonObject(req);
  if ('status' in parsed) return sendCognitoError(res, parsed.status, parsed.type, parsed.message);
  const input = parsed.body as Record<string, unknown>;
  const { service } = deps;
  try {
    switch (operation) {
      case 'GetId':
        return sendJson(res, service.getId(input));
      case 'GetCredentialsForIdentity':
        return sendJson(res, service.getCredentialsForIdentity(input));
      case 'CreateIdentityPool':
        return sendJson(res, service.createIdentityPool(input, signedRegion(req)));
      case 'DescribeIdentityPool':
        return sendJson(res, service.describeIdentityPool(input));
      case 'UpdateIdentityPool':
        return sendJson(res, service.updateIdentityPool(input));
      case 'DeleteIdentityPool':
        return sendJson(res, service.deleteIdentityPool(input));
      case 'ListIdentityPools':
        return sendJson(res, service.listIdentityPools());
      default:
        return sendCognitoError(
          res,
          400,
          'UnsupportedOperationException',
          `The local identity pool does not support ${operation.slice(0, 100)}.`,
        );
    }
  } catch (error) {
    if (error instanceof IdentityError)
      return sendCognitoError(res, error.status, error.type, error.message);
    deps.log(
      `[cognito-identity] ${operation} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    sendCognitoError(
      res,
      500,
      'InternalErrorException',
      `The local identity pool failed on ${operation}.`,
    );
  }
}

/** The local API asks which secret belongs to an access key, as API Gateway asks IAM. */
export async function handleCredentialsLookup(
  req: IncomingMessage,
  res: ServerResponse,
  service: IdentityService,
): Promise<void> {
  // Browsers send Origin on every POST and Sec-Fetch-Site on every request; Node's fetch (the local
  // API) sends neither, though it does send Sec-Fetch-Mode, so fromBrowser() would refuse it.
  if (req.headers.origin !== undefined || req.headers['sec-fetch-site'] !== undefined) {
    req.resume();
    return sendCognitoError(res, 403, 'AccessDeniedException', 'Not for browsers.');
  }
  const parsed = await readJsonObject(req);
  if ('status' in parsed) return sendCognitoError(res, parsed.status, parsed.type, parsed.message);
  const key = (parsed.body as Record<string, unknown>).AccessKeyId;
  const found = typeof key === 'string' ? service.issuedCredentials(key) : undefined;
  if (!found) return sendCognitoError(res, 404, 'ResourceNotFoundException', 'Unknown access key.');
  sendJson(res, found);
}
