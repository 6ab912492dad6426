// The pool's token signing key: one RSA key pair per data directory, never the key cognito-local ships.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Claims = Record<string, unknown>;

export type PublicJwk = JsonWebKey & { kid: string };

export const SIGNING_KEY_FILE = 'signing-key.pem';

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

/** RFC 7638 thumbprint: a stable key id derived from the public key itself. */
function thumbprint(jwk: JsonWebKey): string {
  const canonical = JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n });
  return createHash('sha256').update(canonical).digest('base64url');
}

/** Reads the data directory's private key, creating it (owner-only, 0600) on first start. */
function loadOrCreatePrivateKey(dataDir: string): KeyObject {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, SIGNING_KEY_FILE);
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
    try {
      // 'wx': if another process created it in the meantime, keep theirs rather than overwrite.
      writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  } else if ((statSync(file).mode & 0o077) !== 0) {
    // Anyone who can read this key can mint tokens for the local API: keep it owner-only.
    chmodSync(file, 0o600);
  }
  return createPrivateKey({ key: readFileSync(file, 'utf8'), format: 'pem' });
}

export class SigningKey {
  readonly kid: string;
  private readonly publicJwk: PublicJwk;
  private readonly publicKey: KeyObject;

  private constructor(private readonly privateKey: KeyObject) {
    this.publicKey = createPublicKey(privateKey);
    const jwk = this.publicKey.export({ format: 'jwk' });
    this.kid = thumbprint(jwk);
    this.publicJwk = { ...jwk, kid: this.kid, alg: 'RS256', use: 'sig' };
  }

  static forDataDir(dataDir: string): SigningKey {
    return new SigningKey(loadOrCreatePrivateKey(dataDir));
  }

  /** What `/<poolId>/.well-known/jwks.json` serves. */
  jwks(): { keys: PublicJwk[] } {
    return { keys: [{ ...this.publicJwk }] };
  }

  sign(payload: Claims): string {
    const head = b64url(JSON.stringify({ kid: this.kid, alg: 'RS256', typ: 'JWT' }));
    const body = b64url(JSON.stringify(payload));
    const sig = sign('RSA-SHA256', Buffer.from(`${head}.${body}`), this.privateKey);
    return `${head}.${body}.${b64url(sig)}`;
  }

  /** Returns the payload when the signature is ours, whatever its expiry; null otherwise. */
  decodeVerified(token: unknown): Claims | null {
    if (typeof token !== 'string') return null;
    const parts = token.split('.');
    if (parts.length !== 3) return null;
    const [head, body, sig] = parts as [string, string, string];
    const ok = verify(
      'RSA-SHA256',
      Buffer.from(`${head}.${body}`),
      this.publicKey,
      Buffer.from(sig, 'base64url'),
    );
    if (!ok) return null;
    try {
      const claims: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
      return claims !== null && typeof claims === 'object' && !Array.isArray(claims)
        ? (claims as Claims)
        : null;
    } catch {
      return null;
    }
  }
}
