// The cookies page: the portal sets one strictly necessary cookie, for staff sign-in only.
import { PageHeading } from '@/components/page';

export default function Cookies() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading description="The Panel Scrutiny Portal uses one strictly necessary cookie, for staff sign-in, and no analytics or advertising cookies.">
          Cookies
        </PageHeading>
        <p className="govuk-body">
          Cookies are small files saved on your phone, tablet or computer when you visit a website. This website uses only cookies that are strictly necessary
          for it to work, so it does not ask for your consent to them. It sets no analytics, advertising or tracking cookies.
        </p>
        <h2 className="govuk-heading-m">Strictly necessary cookies</h2>
        <table className="govuk-table app-table--reflow">
          <caption className="govuk-table__caption govuk-table__caption--s">Cookies this website sets</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Name
              </th>
              <th scope="col" className="govuk-table__header">
                Purpose
              </th>
              <th scope="col" className="govuk-table__header">
                Expires
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            <tr className="govuk-table__row">
              <th scope="row" className="govuk-table__header" data-label="Name">
                psp_session (__Host-psp_session over HTTPS)
              </th>
              <td className="govuk-table__cell" data-label="Purpose">
                Keeps a member of staff signed in. Set only when staff sign in; people reading the published papers never get it.
              </td>
              <td className="govuk-table__cell" data-label="Expires">
                When they sign out, or after a period without use
              </td>
            </tr>
          </tbody>
        </table>
        <h2 className="govuk-heading-m">Storage in your browser</h2>
        <p className="govuk-body">
          While a tab is open, the website remembers in that tab’s session storage the last panel you looked at (so its links lead back to it) and, for staff, a
          security token that protects their changes. Session storage is cleared when the tab is closed and is never sent to our server.
        </p>
      </div>
    </div>
  );
}
