// Solved problems by difficulty and by category, and the headline numbers.
import { titleCase } from '../../../lib/format';
import type { Dashboard } from '../../../types/api';
import { orderedCounts } from '../utils/shape-dashboard';

export function StatCards({ dashboard }: { dashboard: Dashboard }) {
  const stats = [
    { label: 'Problems solved', value: dashboard.solved.total, id: 'solved' },
    { label: 'Submissions', value: dashboard.attempts, id: 'attempts' },
    { label: 'Day streak', value: dashboard.streak, id: 'streak' },
  ];
  return (
    <dl className="stat-cards">
      {stats.map((s) => (
        <div className="stat-card" key={s.id} data-testid={`stat-${s.id}`}>
          <dt>{s.label}</dt>
          <dd>{s.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function SolvedBreakdown({ solved }: { solved: Dashboard['solved'] }) {
  const groups = [
    { title: 'By difficulty', counts: orderedCounts(solved.byDifficulty) },
    { title: 'By category', counts: orderedCounts(solved.byCategory) },
  ];
  return (
    <div className="solved-breakdown">
      {groups.map((group) => (
        <div key={group.title}>
          <h3>{group.title}</h3>
          {group.counts.length === 0 ? (
            <p className="muted">Nothing solved yet.</p>
          ) : (
            <ul className="count-list">
              {group.counts.map(([key, n]) => (
                <li key={key}>
                  <span>{titleCase(key)}</span>
                  <strong>{n}</strong>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
