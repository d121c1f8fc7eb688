// `/`: the portal serves one panel in most deployments, so go straight to it; otherwise list them.
import type { QueryClient } from '@tanstack/react-query';
import { Link, redirect } from 'react-router';
import { paths } from '@/config/paths';
import { panelsQueryOptions, usePanels } from '@/lib/api/get-panels';
import { PageHeading } from '@/components/page';
import { QueryFallback } from '@/components/feedback';

export const clientLoader = (queryClient: QueryClient) => async () => {
  const panels = await queryClient.ensureQueryData(panelsQueryOptions());
  const [only] = panels;
  if (panels.length === 1 && only) return redirect(paths.panel.href(only.slug));
  return null;
};

export default function PanelsIndex() {
  const panels = usePanels();
  if (!panels.data) return <QueryFallback query={panels} what="panels" />;
  return (
    <>
      <PageHeading>Police and Crime Panels</PageHeading>
      {panels.data.length === 0 ? (
        <p className="govuk-body">No panels have been set up yet.</p>
      ) : (
        <ul className="govuk-list govuk-list--spaced">
          {panels.data.map((panel) => (
            <li key={panel.slug}>
              <Link className="govuk-link govuk-link--no-visited-state" to={paths.panel.href(panel.slug)}>
                {panel.name}
              </Link>{' '}
              <span className="app-secondary-text">({panel.forceArea})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
