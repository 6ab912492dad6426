/**
 * Where Cognito says it sent a code. `codeDestination` gives the one phrase a screen's sentence
 * fills its `{destination}` with; `describeDelivery` is the older "by email to a***@e***" fragment
 * some screens still build sentences from.
 */
import type { CodeDelivery } from '../../auth/types';
import { englishTranslator, type Translator } from '../../i18n/translator';

/**
 * The address the person typed, when the code went by email: Cognito masks the destination
 * (a***@e***) so that nobody learns an address they did not type, but masking a person's own
 * address back to them adds nothing and hides the typo they may need to spot. A text message goes
 * to a number they did not type here, so its masked form stays. Without either, undefined.
 */
export function codeDestination(
  delivery: CodeDelivery | undefined,
  typed: string | undefined,
): string | undefined {
  if (delivery?.medium === 'SMS') return delivery.destination || undefined;
  // Only an address: a username that is not one says nothing about where the email went.
  const address = typed?.trim();
  if (address?.includes('@')) return address;
  return delivery?.destination || undefined;
}

export function describeDelivery(
  delivery: CodeDelivery | undefined,
  fallback: string,
  { t }: Pick<Translator, 't'> = englishTranslator,
): string {
  if (!delivery?.destination) return fallback;
  const destination = delivery.destination;
  if (delivery.medium === 'SMS') return t('form.delivery.sms', { destination });
  if (delivery.medium === 'EMAIL') return t('form.delivery.email', { destination });
  return t('form.delivery.other', { destination });
}
