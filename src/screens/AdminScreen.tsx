/**
 * /admin (admin group only, enforced by RequireGroup): calls GET /admin. A 403 from the API itself
 * shows the same "no access" words, never a new sign-in.
 */
import { ApiPanel } from '../components/api/ApiPanel';
import { Card } from '../components/Card';
import { useApiGet } from '../components/api/useApiGet';
import { useI18n } from '../i18n/useI18n';

interface AdminReply {
  message: string;
  groups?: string[];
}

export function AdminScreen() {
  const { t } = useI18n();
  const admin = useApiGet<AdminReply>('/admin');
  return (
    <div className="stack">
      <Card title={t('system.admin.title')}>
        <p>{t('system.admin.intro')}</p>
      </Card>
      <ApiPanel title={t('system.admin.reply')} {...admin}>
        {(data) => <p className="api-message">{data.message}</p>}
      </ApiPanel>
    </div>
  );
}
