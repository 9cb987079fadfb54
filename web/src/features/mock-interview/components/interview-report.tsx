// One finished interview's report: per problem, solved or not, time to the answer that
// counted, attempts, the patterns shown and the time class reached against the optimum.
import { Link } from 'react-router';
import { usePatternCatalogue } from '../../../lib/get-patterns';
import type { MockInterview } from '../../../types/api';

function formatMinutes(minutes: number | null): string {
  if (minutes === null) return '—';
  return minutes < 1 ? 'under a minute' : `${Math.round(minutes)} min`;
}

export function InterviewReport({ interview }: { interview: MockInterview }) {
  const patterns = usePatternCatalogue();
  const report = interview.report;
  if (!report) return null;
  return (
    <div className="interview-report">
      <p>
        <strong>
          Solved {report.solved} of {report.total}
        </strong>{' '}
        <span className="muted">
          in a {interview.durationMinutes}-minute interview on {new Date(interview.startedAt).toLocaleString()}
        </span>
      </p>
      <table className="table">
        <caption className="visually-hidden">Mock interview report</caption>
        <thead>
          <tr>
            <th scope="col">Problem</th>
            <th scope="col">Result</th>
            <th scope="col">Time</th>
            <th scope="col">Attempts</th>
            <th scope="col">Patterns shown</th>
            <th scope="col">Time class</th>
          </tr>
        </thead>
        <tbody>
          {report.problems.map((problem) => (
            <tr key={problem.slug}>
              <th scope="row">
                <Link to={`/problems/${problem.slug}`}>{problem.title}</Link>
              </th>
              <td>{problem.solved ? 'Solved' : problem.attempts > 0 ? 'Not solved' : 'Not attempted'}</td>
              <td>{formatMinutes(problem.minutes)}</td>
              <td>{problem.attempts}</td>
              <td>{problem.patterns.length > 0 ? problem.patterns.map(patterns.title).join(', ') : '—'}</td>
              <td>
                {problem.timeClass ?? '—'}
                {problem.optimal && <span className="muted"> (optimal {problem.optimal})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
