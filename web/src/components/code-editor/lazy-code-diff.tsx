// The diff view as pages use it: Monaco's chunk is fetched only when a comparison is shown, and
// a failed fetch (offline, a new deploy) leaves a message instead of breaking the page.
import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../ui/error-boundary';
import type { CodeDiffProps } from './code-diff';

const CodeDiff = lazy(() => import('./code-diff'));

export function LazyCodeDiff(props: CodeDiffProps) {
  return (
    <ErrorBoundary fallback={() => <p className="alert alert-error">The comparison could not be loaded. Reload the page to try again.</p>}>
      <Suspense fallback={<div className="editor-loading">Loading the comparison…</div>}>
        <CodeDiff {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
