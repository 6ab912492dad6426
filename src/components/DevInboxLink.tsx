/**
 * Local pool only: a way to read the codes the stand-in "sends", so nobody needs a real mailbox.
 * Renders nothing against a real pool.
 */
import { useConfig } from '../config/ConfigContext';
import { useI18n } from '../i18n/useI18n';

export function DevInboxLink() {
  const config = useConfig();
  const { t } = useI18n();
  if (!config.isLocalPool || !config.cognitoEndpoint) return null;
  return (
    <p className="dev-hint">
      <span className="badge">{t('common.localPool')}</span>{' '}
      <a href={`${config.cognitoEndpoint}/_local/inbox`} target="_blank" rel="noopener noreferrer">
        {t('common.openDevInbox')}
        <span className="visually-hidden"> {t('common.opensInNewTab')}</span>
      </a>
    </p>
  );
}
