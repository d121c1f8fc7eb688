// The privacy notice: what the portal records about the people who use it, and why.
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { PageHeading } from '@/components/page';

export default function PrivacyNotice() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading description="What personal information the Panel Scrutiny Portal holds, why, for how long, and your rights.">Privacy notice</PageHeading>
        <h2 className="govuk-heading-m">If you read the published papers</h2>
        <p className="govuk-body">
          You do not need an account to read what the panel and the commissioner publish. We do not ask who you are, and we do not use analytics or advertising
          cookies. Like any web server, ours records each request (the address asked for, the time, and the browser’s network address) so that we can keep the
          service secure and working; these records are kept only as long as needed for that.
        </p>
        <h2 className="govuk-heading-m">If you have a staff account</h2>
        <p className="govuk-body">
          Staff of the panel’s host council and of the commissioner’s office have accounts. For each account we hold the name, email address, roles and a
          protected form of the password, and we record what the account does in the portal (for example who approved a response, and when). The law that sets
          up police and crime panels (the Police Reform and Social Responsibility Act 2011) needs a reliable record of the panel’s scrutiny, so this record is
          kept as part of the panel’s papers.
        </p>
        <h2 className="govuk-heading-m">Names in the papers</h2>
        <p className="govuk-body">
          Published papers name people in public roles, such as panel members, the commissioner and signatories of letters, as the original papers do.
        </p>
        <h2 className="govuk-heading-m">Your rights</h2>
        <p className="govuk-body">
          You can ask to see the personal information held about you, and ask for it to be corrected or deleted. Contact the clerk to the Police and Crime Panel
          at the host council, which is responsible for the panel’s information. If you are unhappy with how your information is used, you can complain to the{' '}
          <a className="govuk-link" href="https://ico.org.uk/make-a-complaint/">
            Information Commissioner’s Office
          </a>
          .
        </p>
        <p className="govuk-body">
          See also{' '}
          <Link className="govuk-link" to={paths.cookies.href()}>
            cookies
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
