/**
 * How the app addresses a signed-in person: their name, else their email. Never the Cognito
 * username or `sub`, which are internal identifiers (often a UUID) that mean nothing to people.
 */
import type { SignedInUser } from './types';

export function personName(user: Pick<SignedInUser, 'name' | 'email'>): string | undefined {
  for (const value of [user.name, user.email]) {
    if (value !== undefined && value.trim() !== '') return value.trim();
  }
  return undefined;
}
