/** The sanitised `returnTo` of the current URL: the one place screens read it from. */
import { useSearchParams } from 'react-router-dom';
import { resolveReturnTo } from './stepRoutes';

export function useReturnTo(): string {
  const [params] = useSearchParams();
  return resolveReturnTo(params.get('returnTo'));
}
