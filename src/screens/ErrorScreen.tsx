/** What the error boundary shows: a crash in any screen lands here, never on a blank page. */
import { paths } from '../config/paths';
import { Card } from '../components/Card';
import { useI18n } from '../i18n/useI18n';

export function ErrorScreen({ error }: { error: unknown }) {
  const { t } = useI18n();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <main id="main" className="page-center">
      <Card title={t('system.crash.title')} heading="plain">
        <p role="alert">{t('system.crash.body')}</p>
        <details>
          <summary>{t('system.crash.details')}</summary>
          <pre>{detail}</pre>
        </details>
        <p className="actions">
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('system.crash.reload')}
          </button>
          {/* A plain link: a full load starts the app afresh, whatever state crashed it. */}
          <a className="button secondary" href={paths.home}>
            {t('common.goHome')}
          </a>
        </p>
      </Card>
    </main>
  );
}
