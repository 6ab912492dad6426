/**
 * What one journey screen hands the next through router navigation state (an email to prefill, a
 * note to show). Navigation state is untyped and survives reloads, so it is read defensively.
 */
export interface JourneyState {
  email?: string;
  note?: string;
  reason?: 'resetRequired';
}

export function readJourneyState(value: unknown): JourneyState {
  if (typeof value !== 'object' || value === null) return {};
  const raw = value as Record<string, unknown>;
  const result: JourneyState = {};
  if (typeof raw.email === 'string' && raw.email !== '') result.email = raw.email;
  if (typeof raw.note === 'string' && raw.note !== '') result.note = raw.note;
  if (raw.reason === 'resetRequired') result.reason = 'resetRequired';
  return result;
}
