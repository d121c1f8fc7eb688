// The page template: skip link, header and service navigation, phase banner, <main>, footer.
// After each navigation focus moves to the new page's h1, so keyboard and screen reader users
// start reading the new page rather than wherever the old one left them.
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useMatch, useNavigate, useNavigation } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths, paths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { useMe } from '@/lib/api/get-me';
import { useCurrentPanelSlug } from '@/lib/current-panel';
import { clearCsrfToken } from '@/lib/session';

function useFocusOnNavigation() {
  const location = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // A success banner the new page was sent with takes focus (it has focused itself, but this
    // effect runs after the page's own); otherwise the new page's heading does.
    const target =
      document.querySelector<HTMLElement>('#main-content .govuk-notification-banner[tabindex="-1"]') ??
      document.querySelector<HTMLElement>('#main-content h1') ??
      document.getElementById('main-content');
    target?.focus({ preventScroll: true });
  }, [location.pathname]);
}

function SkipLink() {
  return (
    <a
      href="#main-content"
      className="govuk-skip-link"
      onClick={(event) => {
        const main = document.getElementById('main-content');
        if (main) {
          event.preventDefault();
          main.focus();
          main.scrollIntoView();
        }
      }}
    >
      Skip to main content
    </a>
  );
}

function NavItem({ to, children, end }: { to: string; children: ReactNode; end?: boolean }) {
  const active = useMatch({ path: to, end: end ?? false }) !== null;
  return (
    <li className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}>
      {/* NavLink marks the current page with aria-current; <strong> keeps it visible when colours are overridden. */}
      <NavLink to={to} end={end} className="govuk-service-navigation__link">
        {active ? <strong className="govuk-service-navigation__active-fallback">{children}</strong> : children}
      </NavLink>
    </li>
  );
}

const MOBILE = '(max-width: 40.0525em)';

const mediaQuery = () => (typeof window.matchMedia === 'function' ? window.matchMedia(MOBILE) : null);

function subscribeToScreenSize(onChange: () => void): () => void {
  const query = mediaQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/**
 * Whether the screen is phone-sized, following the GOV.UK breakpoint as it changes. False on the
 * server, whose HTML shows the whole menu (it works without JavaScript); hydration starts from
 * that and then follows the screen.
 */
function useIsMobile(): boolean {
  return useSyncExternalStore(
    subscribeToScreenSize,
    () => mediaQuery()?.matches ?? false,
    () => false,
  );
}

function ServiceNavigation() {
  const slug = useCurrentPanelSlug();
  const location = useLocation();
  const mobile = useIsMobile();
  // On a phone the menu folds behind a button (GOV.UK's pattern), and closes after each navigation:
  // adjusted while rendering, when the path changes, rather than in an effect a render later. It
  // starts open, as the server rendered it (the page must not jump when the script arrives: the
  // button then appears beside the service name, taking no room of its own).
  const [menuOpen, setMenuOpen] = useState(true);
  const [menuPath, setMenuPath] = useState(location.pathname);
  if (menuPath !== location.pathname) {
    setMenuPath(location.pathname);
    setMenuOpen(false);
  }
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: () => apiClient.post(apiPaths.logout()),
    onSettled: () => {
      // Whatever the server said, this tab forgets the sign-in and anything it could see.
      clearCsrfToken();
      queryClient.clear();
      void navigate(paths.signedOut.href());
    },
  });
  const user = me.data;
  const items: { to: string; text: string; end?: boolean }[] = slug
    ? [
        { to: paths.panel.href(slug), text: 'Overview', end: true },
        { to: paths.tracker.href(slug), text: 'Recommendations' },
        { to: paths.meetings.href(slug), text: 'Meetings' },
        { to: paths.letters.href(slug), text: 'Letters' },
        { to: paths.search.href(), text: 'Search' },
      ]
    : [{ to: paths.search.href(), text: 'Search' }];

  return (
    <section aria-label="Service information" className="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <span className="govuk-service-navigation__service-name">
            <Link to={slug ? paths.panel.href(slug) : '/'} className="govuk-service-navigation__link">
              Panel Scrutiny Portal
            </Link>
          </span>
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <button
              type="button"
              className="govuk-service-navigation__toggle"
              aria-controls="navigation"
              aria-expanded={menuOpen}
              hidden={!mobile}
              onClick={() => setMenuOpen(!menuOpen)}
            >
              Menu
            </button>
            <ul className="govuk-service-navigation__list" id="navigation" hidden={mobile && !menuOpen}>
              {items.map((item) => (
                <NavItem key={item.to} to={item.to} end={item.end}>
                  {item.text}
                </NavItem>
              ))}
              {user ? (
                <>
                  <NavItem to={paths.workspace.home.href()}>Workspace</NavItem>
                  <li className="govuk-service-navigation__item">
                    <button
                      type="button"
                      className="govuk-service-navigation__link app-link-button"
                      onClick={() => signOut.mutate()}
                      disabled={signOut.isPending}
                    >
                      Sign out<span className="govuk-visually-hidden"> ({user.name})</span>
                    </button>
                  </li>
                </>
              ) : (
                <NavItem to={paths.signIn.href()}>Staff sign in</NavItem>
              )}
            </ul>
          </nav>
        </div>
      </div>
    </section>
  );
}

export function PageChrome({ children }: { children: ReactNode }) {
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle';
  return (
    <>
      <SkipLink />
      <header className="govuk-template__header app-header">
        <div className="govuk-generic-header">
          <div className="govuk-generic-header__container govuk-width-container">
            <div className="govuk-generic-header__logo">
              <Link to="/" className="govuk-generic-header__homepage-link">
                Police and Crime Panel
              </Link>
            </div>
          </div>
        </div>
        <ServiceNavigation />
        {/* Inside the header landmark, so every region of the page belongs to one. */}
        <div className="govuk-width-container">
          <div className="govuk-phase-banner app-no-print">
            <p className="govuk-phase-banner__content">
              <strong className="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
              <span className="govuk-phase-banner__text">
                This is a new service. Papers are published here once the panel or the commissioner publishes them.
              </span>
            </p>
          </div>
        </div>
      </header>
      <div className="govuk-width-container">
        <div className={`app-loading-bar${busy ? ' app-loading-bar--active' : ''}`} role="status" aria-live="polite">
          {busy ? <span className="govuk-visually-hidden">Loading the page</span> : null}
        </div>
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1} aria-busy={busy || undefined}>
          {children}
        </main>
      </div>
      <footer className="govuk-footer app-no-print">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">About this service</h2>
              <p className="govuk-body-s app-footer-text">
                The Panel Scrutiny Portal publishes the recommendations of the Police and Crime Panel, the Police and Crime Commissioner's responses, and the
                changes they made to the Police and Crime Plan.
              </p>
              <h2 className="govuk-visually-hidden">Support links</h2>
              <ul className="govuk-footer__inline-list">
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" to={paths.accessibility.href()}>
                    Accessibility statement
                  </Link>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" to={paths.privacy.href()}>
                    Privacy
                  </Link>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" to={paths.cookies.href()}>
                    Cookies
                  </Link>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href={apiPaths.openApi()}>
                    Open data API
                  </a>
                </li>
              </ul>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}

export function AppLayout() {
  useFocusOnNavigation();
  return (
    <PageChrome>
      <ScrollRestoration />
      <Outlet />
    </PageChrome>
  );
}
