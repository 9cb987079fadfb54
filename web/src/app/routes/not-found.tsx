import { Link } from 'react-router';
import { useDocumentTitle } from './use-document-title';

export function NotFoundRoute() {
  useDocumentTitle('Not found');
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>
        That page does not exist. <Link to="/problems">Browse the problems</Link>.
      </p>
    </div>
  );
}
