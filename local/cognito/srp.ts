// Server half of Cognito's SRP-6a variant, byte-compatible with amazon-cognito-identity-js's AuthenticationHelper.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
// The client's arithmetic, so both halves of the local handshake run the same tested modPow.
import { hexToBigInt, modPow } from '../../src/auth/cognito/bigint.ts';

const N_HEX =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
  'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
  '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
  'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
  '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
  'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
  'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF';
const N = BigInt(`0x${N_HEX}`);
const g = 2n;

/** Same as the SDK's padHex: even length, and a leading 00 when the top bit is set (positive values only). */
export function padHex(value: bigint): string {
  let hex = value.toString(16);
  if (hex.length % 2 !== 0) hex = `0${hex}`;
  return /^[89a-f]/i.test(hex) ? `00${hex}` : hex;
}

const sha256Hex = (data: Buffer | string): string =>
  createHash('sha256').update(data).digest('hex');
const hexHash = (hex: string): string => sha256Hex(Buffer.from(hex, 'hex'));
const toBig = hexToBigInt;

const k = toBig(hexHash(padHex(N) + padHex(g)));

/** Verifier v = g^x where x = H(salt | H(poolName | userId | ":" | password)). */
export function verifier(
  poolName: string,
  userId: string,
  password: string,
  saltHex: string,
): bigint {
  const inner = sha256Hex(`${poolName}${userId}:${password}`);
  const x = toBig(hexHash(padHex(toBig(saltHex)) + inner));
  return modPow(g, x, N);
}

export interface ServerEphemeral {
  b: bigint;
  B: bigint;
}

export function serverEphemeral(v: bigint): ServerEphemeral {
  for (;;) {
    const b = toBig(randomBytes(128).toString('hex')) % N;
    const B = (k * v + modPow(g, b, N)) % N;
    if (b !== 0n && B !== 0n) return { b, B };
  }
}

export function randomSaltHex(): string {
  return randomBytes(16).toString('hex');
}

export interface ClaimInput {
  poolName: string;
  userId: string;
  A: bigint;
  eph: ServerEphemeral;
  v: bigint;
  secretBlockB64: string;
  timestamp: string;
  signatureB64: string;
}

/** Recomputes the client's PASSWORD_CLAIM_SIGNATURE and compares in constant time. */
export function verifyPasswordClaim(input: ClaimInput): boolean {
  const { A, eph, v } = input;
  if (A % N === 0n) return false;
  const u = toBig(hexHash(padHex(A) + padHex(eph.B)));
  if (u === 0n) return false;
  const S = modPow(A * modPow(v, u, N), eph.b, N);
  const prk = createHmac('sha256', Buffer.from(padHex(u), 'hex'))
    .update(Buffer.from(padHex(S), 'hex'))
    .digest();
  const info = Buffer.concat([Buffer.from('Caldera Derived Key', 'utf8'), Buffer.from([1])]);
  const key = createHmac('sha256', prk).update(info).digest().subarray(0, 16);
  const expected = createHmac('sha256', key)
    .update(
      Buffer.concat([
        Buffer.from(input.poolName, 'utf8'),
        Buffer.from(input.userId, 'utf8'),
        Buffer.from(input.secretBlockB64, 'base64'),
        Buffer.from(input.timestamp, 'utf8'),
      ]),
    )
    .digest();
  const given = Buffer.from(input.signatureB64, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** SRP_A as the client sent it; refuses anything but hex. */
export const parseHexBig = hexToBigInt;
