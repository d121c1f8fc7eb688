import { data } from 'react-router';
import { NotFoundContent } from '@/components/feedback';
import { usePageTitle } from '@/lib/hooks';

/** No route matched: a real 404 (the server answers with it; the error page shows). */
export const clientLoader = () => () => {
  throw data(null, { status: 404, statusText: 'Not Found' });
};

export default function NotFound() {
  usePageTitle('Page not found');
  return <NotFoundContent />;
}
