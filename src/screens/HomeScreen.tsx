/** The landing page: says what the app is and where to start. */
import { Link } from 'react-router-dom';
import { paths } from '../config/paths';

export function HomeScreen() {
  return (
    <section className="card" aria-labelledby="home-title">
      <h1 id="home-title">Welcome</h1>
      <p>Sign in with your Cognito account to reach the protected pages.</p>
      <p className="actions">
        <Link className="button" to={paths.signIn}>
          Sign in
        </Link>
        <Link className="button secondary" to={paths.signUp}>
          Create an account
        </Link>
      </p>
    </section>
  );
}
