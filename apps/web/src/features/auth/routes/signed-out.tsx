import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { PageHeading } from '@/components/page';

export default function SignedOutPage() {
  return (
    <>
      <PageHeading>You have signed out</PageHeading>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.signIn.href()}>
          Sign in again
        </Link>{' '}
        or{' '}
        <Link className="govuk-link" to={paths.root.href()}>
          go back to the published papers
        </Link>
        .
      </p>
    </>
  );
}
