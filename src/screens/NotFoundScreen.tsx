/** Any unknown path: say so plainly and offer a way home. */
import { Link, useLocation } from 'react-router-dom';
import { paths } from '../config/paths';
import { Card } from '../components/Card';
import { RichText } from '../i18n/RichText';
import { useI18n } from '../i18n/useI18n';

export function NotFoundScreen() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <Card title={t('system.notFound.title')} heading="plain">
      <p>
        <RichText id="system.notFound.body" values={{ path: <code>{pathname}</code> }} />
      </p>
      <p>
        <Link to={paths.home}>{t('common.goHome')}</Link>
      </p>
    </Card>
  );
}
