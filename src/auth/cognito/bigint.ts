/**
 * Modular exponentiation on the engine's native BigInt, for SRP's 3072-bit group. The Cognito SDK does
 * this with a pure-JS big-integer library (jsbn), which costs about six times as much per sign-in;
 * the browser has no modPow of its own (Web Crypto offers none for arbitrary groups). Shared by the
 * client's SRP (./srp.ts) and the local pool's server side (local/cognito/srp.ts), so both sides of
 * the local handshake use the same, differentially tested arithmetic.
 */

/** `base^exponent mod modulus`, for any integer base (negative too) and a non-negative exponent. */
export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  if (modulus <= 0n) throw new RangeError('modPow needs a positive modulus.');
  if (exponent < 0n) throw new RangeError('modPow needs a non-negative exponent.');
  if (modulus === 1n) return 0n;
  const b = ((base % modulus) + modulus) % modulus;
  // Fixed 4-bit windows, read straight off the exponent's hex digits: a quarter of the
  // multiplications of plain square-and-multiply for a table of 16 powers.
  const table: bigint[] = [1n, b];
  for (let i = 2; i < 16; i += 1) table.push((table[i - 1]! * b) % modulus);
  let result = 1n;
  for (const digit of exponent.toString(16)) {
    result = (result * result) % modulus;
    result = (result * result) % modulus;
    result = (result * result) % modulus;
    result = (result * result) % modulus;
    const window = parseInt(digit, 16);
    if (window !== 0) result = (result * table[window]!) % modulus;
  }
  return result;
}

/** Parses unsigned hex, leading zeros allowed (`00ab` is 171); anything else is refused by name. */
export function hexToBigInt(hex: string): bigint {
  if (!/^[0-9a-f]+$/i.test(hex)) throw new Error(`Not a hexadecimal number: "${hex}"`);
  return BigInt(`0x${hex}`);
}
