/** Any unknown path: say so plainly and offer a way home. */
import { Link, useLocation } from 'react-router-dom';
import { paths } from '../config/paths';

export function NotFoundScreen() {
  const { pathname } = useLocation();
  return (
    <section className="card" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>
        There is no page at <code>{pathname}</code>.
      </p>
      <p>
        <Link to={paths.home}>Go to the home page</Link>
      </p>
    </section>
  );
}
