/** The session's notice on the sign-in screen (expired, email confirmed), in the reader's language. */
import { noticeText } from '../auth/notices';
import { translateMessage } from '../i18n/message';
import { useI18n } from '../i18n/useI18n';
import { Notice } from './Notice';

export function SessionNotice({ notice }: { notice: string }) {
  const i18n = useI18n();
  const text = noticeText(notice);
  return <Notice>{typeof text === 'string' ? text : translateMessage(i18n, text)}</Notice>;
}
