// Small pieces the staff workspaces share.
import { useLocation } from 'react-router';
import { NotificationBanner } from './feedback';

/** A success message carried in navigation state from the page that did the work. */
export function FlashMessage() {
  const location = useLocation();
  const state = location.state as { flash?: string } | null;
  if (!state?.flash) return null;
  return (
    <NotificationBanner success focus>
      <p className="govuk-notification-banner__heading">{state.flash}</p>
    </NotificationBanner>
  );
}
