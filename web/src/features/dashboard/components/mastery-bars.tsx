// Mastery per pattern as horizontal bars in three level colors (plain HTML: readable on a
// phone, no chart library needed).
import { usePatternCatalogue } from '../../../lib/get-patterns';
import type { DashboardPattern } from '../../../types/api';
import { shapeMastery } from '../utils/shape-dashboard';

const BAND_LABEL = { low: 'Needs practice', medium: 'Getting there', high: 'Mastered', unmeasured: 'Not measured yet' } as const;

export function MasteryBars({ patterns }: { patterns: DashboardPattern[] }) {
  const rows = shapeMastery(patterns, usePatternCatalogue());
  return (
    <ul className="mastery">
      {rows.map((row) => (
        <li key={row.id} className={`mastery-row mastery-${row.band}`} data-pattern={row.id}>
          <span className="mastery-label">{row.label}</span>
          {row.percent === null ? (
            // Never observed: no bar and no color until a submission whose code ran says something.
            <span className="mastery-track mastery-track-empty" aria-hidden="true" />
          ) : (
            <span className="mastery-track" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={row.percent} aria-label={`${row.label} mastery`}>
              <span className="mastery-fill" style={{ width: `${row.percent}%` }} />
            </span>
          )}
          <span className="mastery-value">
            {row.percent === null ? '' : `${row.percent}% `}
            <span className="mastery-band">{BAND_LABEL[row.band]}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
