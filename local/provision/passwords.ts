/**
 * Temporary passwords for the seed users: random (node:crypto), and always satisfying the pool's
 * policy, so AdminCreateUser never rejects them and no password is ever hard-coded in the repo.
 */
import { randomInt } from 'node:crypto';

const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
// A subset of Cognito's allowed symbols that needs no quoting in a shell or a .env file.
const SYMBOLS = '!@#%^*-_+=.?';

function pick(alphabet: string): string {
  return alphabet[randomInt(alphabet.length)]!;
}

export function generateTemporaryPassword(length = 16): string {
  if (length < 8) throw new Error('Temporary passwords must be at least 8 characters.');
  const all = LOWER + UPPER + DIGITS + SYMBOLS;
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < length) chars.push(pick(all));
  // Fisher-Yates with a CSPRNG, so the required classes are not always in the first four places.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

export function satisfiesPolicy(password: string, minLength = 8): boolean {
  return (
    password.length >= minLength &&
    /[a-z]/.test(password) &&
    /[A-Z]/.test(password) &&
    /[0-9]/.test(password) &&
    /[^A-Za-z0-9]/.test(password)
  );
}
