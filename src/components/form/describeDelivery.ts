/** Where Cognito says it sent a code ("by email to a***@e***"), in the words every code step uses. */
import type { CodeDelivery } from '../../auth/types';

export function describeDelivery(delivery: CodeDelivery | undefined, fallback: string): string {
  if (!delivery?.destination) return fallback;
  const medium =
    delivery.medium === 'SMS' ? 'by text message ' : delivery.medium === 'EMAIL' ? 'by email ' : '';
  return `${medium}to ${delivery.destination}`;
}
