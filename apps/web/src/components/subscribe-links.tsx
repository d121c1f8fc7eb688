// The panel's feeds, for calendars and feed readers: plain links, as these are files, not pages.
import { apiPaths } from '@/config/paths';

export function SubscribeLinks({ slug }: { slug: string }) {
  return (
    <p className="govuk-body app-no-print">
      Subscribe:{' '}
      <a className="govuk-link" href={apiPaths.panelCalendar(slug)} type="text/calendar">
        meetings and deadlines in your calendar (iCalendar)
      </a>
      {' · '}
      <a className="govuk-link" href={apiPaths.panelFeed(slug)} type="application/atom+xml">
        what is published, in a feed reader (Atom)
      </a>
    </p>
  );
}
