/**
 * Sends ten protected-API calls at once and reports how many succeeded. It shows, on demand, what the
 * session promises: however many calls need a fresh token, they share one refresh.
 */
import { useState } from 'react';
import { Card } from '../../components/Card';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/useI18n';

const BURST = 10;

type Result = { status: 'idle' } | { status: 'busy' } | { status: 'done'; succeeded: number };

export function BurstPanel() {
  const { t } = useI18n();
  const api = useApi();
  const [result, setResult] = useState<Result>({ status: 'idle' });

  const send = async () => {
    setResult({ status: 'busy' });
    const outcomes = await Promise.allSettled(
      Array.from({ length: BURST }, () => api.getJson('/hello')),
    );
    setResult({
      status: 'done',
      succeeded: outcomes.filter((outcome) => outcome.status === 'fulfilled').length,
    });
  };

  return (
    <Card title={t('developer.burst.title')} heading="section">
      <p>{t('developer.burst.intro', { count: BURST })}</p>
      <p className="actions">
        <button
          type="button"
          className="secondary"
          disabled={result.status === 'busy'}
          onClick={() => void send()}
        >
          {t('developer.burst.send', { count: BURST })}
        </button>
      </p>
      <p role="status">
        {result.status === 'busy' ? t('developer.burst.sending') : null}
        {result.status === 'done'
          ? t('developer.burst.result', { succeeded: result.succeeded, count: BURST })
          : null}
      </p>
    </Card>
  );
}
