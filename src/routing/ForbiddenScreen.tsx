/**
 * What RequireGroup shows a signed-in visitor who lacks the group: "no access" in place of the page,
 * with a way on — never a sign-in, so a missing group cannot cause a redirect loop.
 */
import { Link } from 'react-router-dom';
import { paths } from '../config/paths';
import { Card } from '../components/Card';
import { RichText } from '../i18n/RichText';
import { useI18n } from '../i18n/useI18n';

export function ForbiddenScreen({ group }: { group?: string }) {
  const { t } = useI18n();
  return (
    <Card title={t('system.forbidden.title')}>
      <p>
        {group ? (
          <RichText id="system.forbidden.group" values={{ group: <strong>{group}</strong> }} />
        ) : (
          t('system.forbidden.some')
        )}
      </p>
      <p className="actions">
        <Link className="button secondary" to={paths.account}>
          {t('system.forbidden.account')}
        </Link>
      </p>
    </Card>
  );
}
