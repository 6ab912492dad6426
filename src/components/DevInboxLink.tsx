/**
 * Local pool only: a way to read the codes the stand-in "sends", so nobody needs a real mailbox.
 * Renders nothing against a real pool.
 */
import { useConfig } from '../config/ConfigContext';

export function DevInboxLink() {
  const config = useConfig();
  if (!config.isLocalPool || !config.cognitoEndpoint) return null;
  return (
    <p className="dev-hint">
      <span className="badge">Local pool</span>{' '}
      <a href={`${config.cognitoEndpoint}/_local/inbox`} target="_blank" rel="noopener noreferrer">
        Open the dev inbox<span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    </p>
  );
}
