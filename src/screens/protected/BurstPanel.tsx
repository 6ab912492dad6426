/**
 * Sends ten protected-API calls at once and reports how many succeeded. It shows, on demand, what the
 * session promises: however many calls need a fresh token, they share one refresh.
 */
import { useState } from 'react';
import { Card } from '../../components/Card';
import { useApi } from '../../api/useApi';

const BURST = 10;

type Result = { status: 'idle' } | { status: 'busy' } | { status: 'done'; succeeded: number };

export function BurstPanel() {
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
    <Card title="Ten calls at once" heading="section">
      <p>
        Sends {BURST} GET /hello requests together. When your access token is about to expire, they
        share a single refresh instead of racing.
      </p>
      <p className="actions">
        <button
          type="button"
          className="button secondary"
          disabled={result.status === 'busy'}
          onClick={() => void send()}
        >
          Send {BURST} requests at once
        </button>
      </p>
      <p role="status">
        {result.status === 'busy' ? 'Sending…' : null}
        {result.status === 'done' ? `${result.succeeded} of ${BURST} requests succeeded` : null}
      </p>
    </Card>
  );
}
