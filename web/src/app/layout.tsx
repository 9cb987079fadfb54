// The frame of every page: a skip link, the header with navigation, theme toggle and account,
// and the page itself (focus moves to it on navigation, for keyboard and screen-reader users).
import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigation, useNavigate } from 'react-router';
import { ThemeToggle } from '../components/ui/theme-toggle';
import { useSession } from '../lib/use-session';
import { useLogout } from '../features/auth/api/logout';
import { MockTimer } from '../features/mock-interview/components/mock-timer';

export function Layout() {
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const navigation = useNavigation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  const wide = /^\/problems\/[^/]+/.test(location.pathname);

  return (
    <div className="app">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/problems" className="brand" aria-label="CodeMentor home">
          <span className="brand-mark" aria-hidden="true">
            {'</>'}
          </span>
          CodeMentor
        </Link>
        <nav aria-label="Main" className="main-nav">
          <NavLink to="/problems" end>
            Problems
          </NavLink>
          {session && <NavLink to="/dashboard">Dashboard</NavLink>}
          {session && <NavLink to="/mock-interview">Mock interview</NavLink>}
        </nav>
        <div className="header-end">
          {session && <MockTimer />}
          <ThemeToggle />
          {session ? (
            <>
              <span className="user-email" title={session.user.email ?? undefined}>
                {session.user.email}
              </span>
              <button
                type="button"
                className="button"
                disabled={logout.isPending}
                onClick={() =>
                  logout.mutate(undefined, {
                    onSettled: () => {
                      void navigate('/sign-in', { replace: true });
                    },
                  })
                }
              >
                Sign out
              </button>
            </>
          ) : (
            <>
              <Link to="/sign-in" className="button button-ghost">
                Sign in
              </Link>
              <Link to="/sign-up" className="button button-primary">
                Sign up
              </Link>
            </>
          )}
        </div>
      </header>
      {navigation.state === 'loading' && <div className="route-progress" role="progressbar" aria-label="Loading page" />}
      <main id="main" ref={main} tabIndex={-1} className={wide ? 'main main-wide' : 'main'}>
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
