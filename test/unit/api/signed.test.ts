/**
 * SigV4-signed calls (src/api/signed.ts) over msw, so aws4fetch signs and the real fetch runs: issue 12
 * findings 2 (every request has a timeout, body included) and 7 (signed requests never follow a redirect).
 */
import { http, HttpResponse, passthrough } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/api/client';
import { signedJson } from '../../../src/api/signed';
import type { AwsCredentials } from '../../../src/auth/credentials';
import { server } from '../../support/msw-server';
import { TEST_API_URL } from '../../support/render';
import { startStallingServer, type StallingServer } from '../../support/stalling-server';

const CREDENTIALS: AwsCredentials = {
  identityId: 'us-east-1:user',
  accessKeyId: 'ASIAEXAMPLE',
  secretAccessKey: 'secret',
  sessionToken: 'session-token',
  expiration: new Date(Date.now() + 3600_000),
  authenticated: true,
};

const call = (timeoutMs: number, apiUrl = TEST_API_URL) =>
  signedJson<{ ok: number }>('/iam/whoami', {
    apiUrl,
    region: 'us-east-1',
    credentials: CREDENTIALS,
    timeoutMs,
  });

let stalling: StallingServer;
let stallingUrl: string;
beforeAll(async () => {
  stalling = await startStallingServer();
  stallingUrl = stalling.url;
});
afterAll(() => stalling.close());

describe('signedJson', () => {
  it('signs the request and reads the answer', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${TEST_API_URL}/iam/whoami`, ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return HttpResponse.json({ ok: 1 });
      }),
    );
    await expect(call(1000)).resolves.toEqual({ ok: 1 });
    expect(seen[0]).toMatch(/^AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE\//);
  });

  it.each([
    ['never answers', () => TEST_API_URL],
    ['never finishes the body', () => stallingUrl],
  ])('turns an API that %s into a retryable network error after the timeout', async (_, apiUrl) => {
    server.use(
      http.get(`${TEST_API_URL}/iam/whoami`, () => new Promise<Response>(() => {})),
      http.get(`${stallingUrl}/iam/whoami`, () => passthrough()),
    );
    const started = Date.now();
    const error = await call(100, apiUrl()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'network',
      retryable: true,
      message: expect.stringMatching(/took too long/),
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('never follows a redirect with signed credentials', async () => {
    const evil = 'https://evil.example/steal';
    const stolen: (string | null)[] = [];
    server.use(
      http.get(evil, ({ request }) => {
        stolen.push(request.headers.get('x-amz-security-token'));
        return HttpResponse.json({ ok: 2 });
      }),
      http.get(
        `${TEST_API_URL}/iam/whoami`,
        () => new HttpResponse(null, { status: 302, headers: { Location: evil } }),
      ),
    );
    await expect(call(1000)).rejects.toBeInstanceOf(ApiError);
    expect(stolen).toEqual([]);
  });
});
