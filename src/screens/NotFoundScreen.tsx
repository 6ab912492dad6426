/** Any unknown path: say so plainly and offer a way home. */
import { Link, useLocation } from 'react-router-dom';
import { paths } from '../config/paths';
import { Card } from '../components/Card';

export function NotFoundScreen() {
  const { pathname } = useLocation();
  return (
    <Card title="Page not found" heading="plain">
      <p>
        There is no page at <code>{pathname}</code>.
      </p>
      <p>
        <Link to={paths.home}>Go to the home page</Link>
      </p>
    </Card>
  );
}
