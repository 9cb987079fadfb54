// The weakness dashboard: headline numbers, the trend of findings per pattern per week, each
// pattern's share, mastery bars, solved counts and the recommended next problems. A new user
// sees empty states that say what to do.
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { Skeleton } from '../../../components/ui/skeleton';
import { describeError, isNotFound } from '../../../lib/api-client';
import { usePatternCatalogue } from '../../../lib/get-patterns';
import { useDashboard } from '../api/get-dashboard';
import { shapeShares, shapeTrend } from '../utils/shape-dashboard';
import { MasteryBars } from './mastery-bars';
import { RecommendationsList } from './recommendations-list';
import { SolvedBreakdown, StatCards } from './solved-summary';

const TrendChart = lazy(() => import('../../../components/charts/trend-chart'));
const ShareChart = lazy(() => import('../../../components/charts/share-chart'));
const chartFallback = <Skeleton height="220px" />;

export function DashboardView() {
  const dashboard = useDashboard();
  const patterns = usePatternCatalogue();

  if (dashboard.isPending) {
    return (
      <div className="dashboard-grid" aria-busy="true">
        <Skeleton height="6rem" />
        <Skeleton height="16rem" />
        <Skeleton height="16rem" />
      </div>
    );
  }
  if (dashboard.isError) {
    return isNotFound(dashboard.error) ? (
      <EmptyState title="The dashboard is not available yet">
        Keep solving <Link to="/problems">problems</Link>; your progress is being recorded.
      </EmptyState>
    ) : (
      <p role="alert" className="alert alert-error">
        Could not load your dashboard: {describeError(dashboard.error)}
      </p>
    );
  }

  const data = dashboard.data;
  const trend = shapeTrend(data.trend, patterns);
  const shares = shapeShares(data.patterns, patterns);
  const hasFindings = shares.length > 0;

  return (
    <div className="dashboard">
      <StatCards dashboard={data} />
      <div className="dashboard-grid">
        <section className="card card-wide" aria-labelledby="trend-title">
          <h2 id="trend-title">Findings per week</h2>
          {trend.series.length > 0 ? (
            <Suspense fallback={chartFallback}>
              <TrendChart data={trend.rows} xKey="week" series={trend.series} summary={trend.summary} />
            </Suspense>
          ) : (
            <EmptyState title="No findings yet">
              Submit a solution to a <Link to="/problems">problem</Link>: the mistakes we spot are charted here week by week.
            </EmptyState>
          )}
        </section>
        <section className="card" aria-labelledby="share-title">
          <h2 id="share-title">Share of findings</h2>
          {hasFindings ? (
            <Suspense fallback={chartFallback}>
              <ShareChart data={shares} summary={shares.map((s) => `${s.label} ${Math.round(s.value * 100)}%`).join(', ')} />
            </Suspense>
          ) : (
            <EmptyState title="Nothing to compare yet">Your most frequent patterns will show here.</EmptyState>
          )}
        </section>
        <section className="card" aria-labelledby="mastery-title">
          <h2 id="mastery-title">Mastery</h2>
          <MasteryBars patterns={data.patterns ?? []} />
        </section>
        <section className="card" aria-labelledby="solved-title">
          <h2 id="solved-title">Solved</h2>
          <SolvedBreakdown solved={data.solved} />
        </section>
        <section className="card" aria-labelledby="recommendations-title">
          <h2 id="recommendations-title">Practice next</h2>
          <RecommendationsList />
        </section>
      </div>
    </div>
  );
}
