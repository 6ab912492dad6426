/** The landing page: says what the app is and where to start. */
import { Link } from 'react-router-dom';
import { paths } from '../config/paths';
import { Card } from '../components/Card';
import { AwsIdentityPanel } from '../components/api/AwsIdentityPanel';

export function HomeScreen() {
  return (
    <div className="stack">
      <Card title="Welcome" heading="plain">
        <p>Sign in with your Cognito account to reach the protected pages.</p>
        <p className="actions">
          <Link className="button" to={paths.signIn}>
            Sign in
          </Link>
          <Link className="button secondary" to={paths.signUp}>
            Create an account
          </Link>
        </p>
      </Card>
      <AwsIdentityPanel />
    </div>
  );
}
