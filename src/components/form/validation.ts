/** Client-side checks shared by every form, so the same mistake gets the same words everywhere. */

// Deliberately loose: the pool has the last word; this only catches obvious slips before a round trip.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailProblem(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return 'Enter your email address.';
  if (!EMAIL.test(trimmed)) return 'Enter an email address in the form name@example.com.';
  return undefined;
}

export function requiredProblem(value: string, label: string): string | undefined {
  return value.trim() === '' ? `Enter your ${label.toLowerCase()}.` : undefined;
}

export function codeProblem(value: string, label = 'code'): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return `Enter the ${label.toLowerCase()}.`;
  if (!/^\d{4,10}$/.test(trimmed)) return `The ${label.toLowerCase()} is made of digits only.`;
  return undefined;
}
