import { useEffect, useRef } from 'react';
import { RouterProvider as AriaRouterProvider } from 'react-aria-components';
import { Link, NavLink, Outlet, useHref, useNavigate } from 'react-router';
import { OpportunityList } from '../features/opportunities/OpportunityList';
import { paths } from './paths';
import { useHistoryKeys } from './use-history-keys';

const NAV = [
  { to: paths.people(), label: 'People' },
  { to: paths.print(), label: 'Print queue' },
  { to: paths.settings(), label: 'Settings' },
];

/**
 * The window: Back and Forward, the main views, the list of opportunities, and the view at
 * the current address. When a view replaces the one that had the focus, the focus goes to
 * its heading, so keyboard and screen-reader users start at the top of what they opened.
 */
export function Shell() {
  const navigate = useNavigate();
  const { canGoBack, canGoForward, location } = useHistoryKeys();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = main.current;
    if (!root) return;
    const lost = () => !document.activeElement || document.activeElement === document.body || !document.activeElement.isConnected;
    const focusHeading = () => {
      const heading = root.querySelector<HTMLElement>('h2');
      if (heading && lost()) heading.focus();
      return heading !== null || !lost();
    };
    if (focusHeading()) return;
    // The view is still loading: its heading comes with its data.
    const observer = new MutationObserver(() => focusHeading() && observer.disconnect());
    observer.observe(root, { childList: true, subtree: true });
    const stop = setTimeout(() => observer.disconnect(), 5000);
    return () => {
      observer.disconnect();
      clearTimeout(stop);
    };
  }, [location.pathname]);

  return (
    <AriaRouterProvider navigate={(to) => void navigate(to)} useHref={useHref}>
      <div className="app">
        <header className="topbar">
          <div className="history" role="group" aria-label="History">
            <button
              type="button"
              className="nav-link"
              onClick={() => void navigate(-1)}
              disabled={!canGoBack}
              aria-keyshortcuts="Alt+ArrowLeft"
              title="Back (Alt+←)"
            >
              ← <span className="sr-only">Back</span>
            </button>
            <button
              type="button"
              className="nav-link"
              onClick={() => void navigate(1)}
              disabled={!canGoForward}
              aria-keyshortcuts="Alt+ArrowRight"
              title="Forward (Alt+→)"
            >
              → <span className="sr-only">Forward</span>
            </button>
          </div>
          <p className="brand">Afterword</p>
          <nav aria-label="Main">
            <NavLink to={paths.today()} className="nav-link">
              Today
            </NavLink>
            {/* Home and every opportunity and interview are under "Opportunities". */}
            <Link
              to={paths.home()}
              className="nav-link"
              aria-current={location.pathname === '/' || location.pathname.startsWith('/opportunities') ? 'page' : undefined}
            >
              Opportunities
            </Link>
            {NAV.map((item) => (
              <NavLink key={item.to} to={item.to} className="nav-link">
                {item.label}
              </NavLink>
            ))}
          </nav>
        </header>
        <div className="layout">
          <OpportunityList />
          <main className="content" ref={main}>
            <Outlet />
          </main>
        </div>
      </div>
    </AriaRouterProvider>
  );
}
