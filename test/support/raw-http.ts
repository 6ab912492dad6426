/**
 * One HTTP request through node:http, for probes fetch cannot send: a forged Host header, no
 * browser headers at all (Node's fetch adds Sec-Fetch-Mode), or any body with any content type.
 */
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  // Node frames a GET body only when told its length; otherwise it would be read as the next request.
  const headers = {
    ...(options.body === undefined
      ? {}
      : { 'content-length': String(Buffer.byteLength(options.body)) }),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
