import { NotFoundContent } from '@/components/feedback';
import { usePageTitle } from '@/lib/hooks';

export default function NotFound() {
  usePageTitle('Page not found');
  return <NotFoundContent />;
}
