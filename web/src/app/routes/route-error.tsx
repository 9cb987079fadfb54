import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

export function RouteError() {
  const error = useRouteError();
  const chunkFailed = error instanceof Error && /dynamically imported module|Importing a module script failed/i.test(error.message);
  return (
    <main className="error-page" role="alert">
      <h1>{isRouteErrorResponse(error) && error.status === 404 ? 'Page not found' : 'Something went wrong'}</h1>
      <p>
        {chunkFailed
          ? 'A new version of CodeMentor is available. Reload to get it.'
          : 'This page could not be shown. Your code drafts are saved in this browser.'}
      </p>
      <div className="row">
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          Reload
        </button>
        <Link className="button" to="/problems">
          Back to problems
        </Link>
      </div>
    </main>
  );
}
