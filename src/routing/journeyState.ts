/**
 * What one journey screen hands the next through router navigation state (an email to prefill, a
 * note to show), or what a link in one of our emails carries (`?email=`, never a code). Navigation
 * state is untyped and survives reloads, and a query string is anyone's, so both are read defensively.
 */
export interface JourneyState {
  email?: string;
  note?: string;
  /** resetRequired: Cognito demands a reset. signInRequired: a guard sent a signed-out visitor. */
  reason?: 'resetRequired' | 'signInRequired';
  /** Just signed up and in: the page greets a new member (issue 16). */
  welcome?: true;
}

export function readJourneyState(value: unknown): JourneyState {
  if (typeof value !== 'object' || value === null) return {};
  const raw = value as Record<string, unknown>;
  const result: JourneyState = {};
  if (typeof raw.email === 'string' && raw.email !== '') result.email = raw.email;
  if (typeof raw.note === 'string' && raw.note !== '') result.note = raw.note;
  if (raw.reason === 'resetRequired' || raw.reason === 'signInRequired') result.reason = raw.reason;
  if (raw.welcome === true) result.welcome = true;
  return result;
}

/** Navigation state first; else the `?email=` of a link in a sign-up, reset or invite email. */
export function journeyFrom(location: { state: unknown; search: string }): JourneyState {
  const journey = readJourneyState(location.state);
  if (journey.email === undefined) {
    const email = new URLSearchParams(location.search).get('email')?.trim();
    // An address is short; anything longer is not one, and is not worth prefilling.
    if (email && email.length <= 254) journey.email = email;
  }
  return journey;
}
