/**
 * The notices the session leaves for the sign-in screen (state `signedOut.notice`). State keeps their
 * English words, as errors keep an English `message`, for logs, tests and the reducer's "same
 * notice" check; the screen shows them in the reader's language through `noticeText`.
 */
import { message, type Message } from '../i18n/message';
import { englishTranslator, type MessageKey } from '../i18n/translator';

const NOTICE_KEYS = [
  'errors.sessionExpired',
  'common.emailConfirmed',
] as const satisfies readonly MessageKey[];

export type NoticeKey = (typeof NOTICE_KEYS)[number];

/** The English words a notice is kept as in state. */
export function noticeWords(key: NoticeKey): string {
  return englishTranslator.t(key);
}

/** The catalogue message for a notice in state; words we do not know are shown as they are. */
export function noticeText(notice: string): Message | string {
  const key = NOTICE_KEYS.find((k) => noticeWords(k) === notice);
  return key === undefined ? notice : message(key);
}
