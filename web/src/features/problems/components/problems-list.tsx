// The problem browser: filters in the URL, a debounced search, a table with difficulty,
// category, tags and the user's status, skeleton rows while loading, and pagination.
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { DifficultyBadge } from '../../../components/ui/difficulty-badge';
import { SkeletonRows } from '../../../components/ui/skeleton';
import { describeError } from '../../../lib/api-client';
import { titleCase } from '../../../lib/format';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useSession } from '../../../lib/use-session';
import { useProblems } from '../api/get-problems';
import { type FilterValues, ProblemFilters } from './problem-filters';

const STATUS_LABEL = { solved: 'Solved', attempted: 'Attempted', new: 'Not started' } as const;

export function ProblemsList() {
  const [params, setParams] = useSearchParams();
  const session = useSession();
  const values: FilterValues = {
    q: params.get('q') ?? '',
    difficulty: params.get('difficulty') ?? '',
    category: params.get('category') ?? '',
    tag: params.get('tag') ?? '',
  };
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const q = useDebouncedValue(values.q.trim(), 300);
  const problems = useProblems({ q, difficulty: values.difficulty, category: values.category, tag: values.tag, page });

  const update = (next: Partial<FilterValues> & { page?: number }) => {
    const merged: Record<string, string> = { ...values, page: String(next.page ?? 1) };
    for (const [key, value] of Object.entries(next)) merged[key] = String(value ?? '');
    const clean = Object.fromEntries(Object.entries(merged).filter(([key, value]) => value && !(key === 'page' && value === '1')));
    setParams(clean, { replace: true });
  };

  const data = problems.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const loading = problems.isPending || (problems.isFetching && problems.isPlaceholderData);

  return (
    <div className="stack">
      <ProblemFilters values={values} onChange={update} />
      {problems.isError ? (
        <p role="alert" className="alert alert-error">
          Could not load the problems: {describeError(problems.error)}{' '}
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              // A failed refetch shows in problems.error (refetch does not throw by default).
              void problems.refetch();
            }}
          >
            Try again
          </button>
        </p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Problem list">
          <table className="table problems-table" aria-busy={loading} aria-describedby="problems-count">
            <caption className="visually-hidden">Problems</caption>
            <thead>
              <tr>
                <th scope="col">Problem</th>
                <th scope="col">Difficulty</th>
                <th scope="col">Category</th>
                <th scope="col">Tags</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {problems.isPending ? (
                <SkeletonRows rows={20} columns={5} />
              ) : (
                data?.items.map((problem) => (
                  <tr key={problem.slug}>
                    <td>
                      <Link to={`/problems/${problem.slug}`} className="problem-link">
                        {problem.title}
                      </Link>
                    </td>
                    <td>
                      <DifficultyBadge difficulty={problem.difficulty} />
                    </td>
                    <td>{titleCase(problem.category)}</td>
                    <td>
                      <ul className="tags" aria-label="Tags">
                        {problem.tags.map((tag) => (
                          <li key={tag}>
                            <button type="button" className="chip" onClick={() => update({ tag })} aria-label={`Filter by tag ${tag}`}>
                              {tag}
                            </button>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      <span className={`status status-${problem.status}`}>{session ? (STATUS_LABEL[problem.status] ?? problem.status) : '—'}</span>
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
          {data && data.items.length === 0 && (
            <EmptyState title="No problems match">
              Try another search, or{' '}
              <button type="button" className="link-button" onClick={() => setParams({}, { replace: true })}>
                clear the filters
              </button>
              .
            </EmptyState>
          )}
        </div>
      )}
      <nav className="pagination" aria-label="Pagination">
        <p id="problems-count" className="muted">
          {data ? `${data.total} problem${data.total === 1 ? '' : 's'} · page ${data.page} of ${pages}` : 'Loading problems…'}
        </p>
        <div className="row">
          <button type="button" className="button" disabled={page <= 1} onClick={() => update({ page: page - 1 })}>
            Previous
          </button>
          <button type="button" className="button" disabled={!data || page >= pages} onClick={() => update({ page: page + 1 })}>
            Next
          </button>
        </div>
      </nav>
    </div>
  );
}
