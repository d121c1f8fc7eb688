// The accessibility statement public sector websites must publish (Public Sector Bodies
// (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018), in GOV.UK's model form.
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { PageHeading } from '@/components/page';

export default function AccessibilityStatement() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading description="How accessible the Panel Scrutiny Portal is, the problems we know about, how to report a problem and how to complain.">
          Accessibility statement for the Panel Scrutiny Portal
        </PageHeading>
        <p className="govuk-body">
          This statement applies to the Panel Scrutiny Portal, where the Police and Crime Panel publishes its recommendations, the Police and Crime
          Commissioner’s responses and the changes they made to the Police and Crime Plan.
        </p>
        <p className="govuk-body">We want as many people as possible to be able to use this website. For example, you should be able to:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>change colours, contrast levels and fonts using your browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>navigate most of the website using just a keyboard or speech recognition software</li>
          <li>listen to most of the website using a screen reader</li>
          <li>read every public page with JavaScript turned off</li>
        </ul>

        <h2 className="govuk-heading-m">How accessible this website is</h2>
        <p className="govuk-body">
          This website is partially compliant with the{' '}
          <a className="govuk-link" href="https://www.w3.org/TR/WCAG22/">
            Web Content Accessibility Guidelines version 2.2
          </a>{' '}
          AA standard, due to the non-compliances listed below.
        </p>

        <h2 className="govuk-heading-m">Known issues</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            Papers converted from PDF files can keep the original’s layout problems, such as a sentence broken by a page footer. Where we rebuilt text from a
            PDF we say so on the page.
          </li>
          <li>Papers linked from a meeting page may be PDF or Word files that were not made to be accessible.</li>
          <li>The staff workspaces, used by the panel’s clerk and the commissioner’s office, need JavaScript.</li>
        </ul>

        <h2 className="govuk-heading-m">Reporting accessibility problems with this website</h2>
        <p className="govuk-body">
          We are always looking to improve the accessibility of this website. If you find a problem not listed on this page, or think we are not meeting
          accessibility requirements, contact the clerk to the Police and Crime Panel at the host council. Tell us the web address of the page, the problem you
          found and what you were using (for example a screen reader). If you need a paper in another format, such as large print or easy read, ask the clerk
          for it too.
        </p>

        <h2 className="govuk-heading-m">Enforcement procedure</h2>
        <p className="govuk-body">
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2)
          Accessibility Regulations 2018 (the ‘accessibility regulations’). If you are not happy with how we respond to your complaint, contact the{' '}
          <a className="govuk-link" href="https://www.equalityadvisoryservice.com/">
            Equality Advisory and Support Service (EASS)
          </a>
          .
        </p>

        <h2 className="govuk-heading-m">How we tested this website</h2>
        <p className="govuk-body">
          Every public page is checked automatically, on each change to the website, with axe-core against WCAG 2.2 A and AA in a real browser, with and without
          JavaScript, and with Lighthouse on a simulated mobile phone. These checks cannot find every problem; we have not yet had the website audited by people
          with disabilities.
        </p>

        <h2 className="govuk-heading-m">Preparation of this accessibility statement</h2>
        <p className="govuk-body">This statement was prepared on 5 December 2026.</p>
        <p className="govuk-body">
          See also the{' '}
          <Link className="govuk-link" to={paths.privacy.href()}>
            privacy notice
          </Link>{' '}
          and the{' '}
          <Link className="govuk-link" to={paths.cookies.href()}>
            cookies
          </Link>{' '}
          page.
        </p>
      </div>
    </div>
  );
}
