// The mock interview page: start one (two problems from your queue, 45 minutes by default, no
// hints), follow the running one (its problems and clock, end it early), and read past reports.
import { useState } from 'react';
import { Link } from 'react-router';
import { DifficultyBadge } from '../../../components/ui/difficulty-badge';
import { describeError } from '../../../lib/api-client';
import { useFinishInterview, useRunningInterview, useStartInterview } from '../api/mock-interviews';
import { InterviewHistory } from './interview-history';
import { formatClock, useCountdown } from './use-countdown';

const DURATIONS = [45, 30, 60, 15, 5];

export function MockInterviewView() {
  const running = useRunningInterview();
  const start = useStartInterview();
  const finish = useFinishInterview();
  const [duration, setDuration] = useState(DURATIONS[0]);
  const interview = running.data;
  const left = useCountdown(interview?.endsAt);
  const error = start.error ?? finish.error ?? running.error;

  return (
    <div className="mock-interview">
      {error && (
        <p role="alert" className="alert alert-error">
          {describeError(error)}
        </p>
      )}
      {interview ? (
        <section aria-labelledby="running-title" className="card">
          <h2 id="running-title">Interview in progress: {formatClock(left)} left</h2>
          <p className="muted">Solve both problems as you would with an interviewer: no hints and no solutions until it ends.</p>
          <ol className="interview-problems">
            {interview.problems.map((problem) => (
              <li key={problem.slug}>
                <Link to={`/problems/${problem.slug}`}>{problem.title}</Link> <DifficultyBadge difficulty={problem.difficulty} />
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button"
            disabled={finish.isPending}
            onClick={() => {
              if (window.confirm('End the mock interview now and see the report?')) finish.mutate(interview.id);
            }}
          >
            End interview
          </button>
        </section>
      ) : (
        <section aria-labelledby="start-title" className="card">
          <h2 id="start-title">Start a mock interview</h2>
          <p>
            Two problems chosen from your queue, one clock, no hints. Submit as usual; at the end you get a report: what you solved, how long each took, your
            attempts, the patterns you showed and the time class you reached.
          </p>
          <div className="row">
            <label htmlFor="mock-duration">Length</label>
            <select id="mock-duration" value={duration} onChange={(event) => setDuration(Number(event.target.value))}>
              {DURATIONS.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {minutes} minutes
                </option>
              ))}
            </select>
            <button type="button" className="button button-primary" disabled={start.isPending || running.isPending} onClick={() => start.mutate(duration)}>
              Start interview
            </button>
          </div>
        </section>
      )}
      <section aria-labelledby="past-title">
        <h2 id="past-title">Past interviews</h2>
        <InterviewHistory />
      </section>
    </div>
  );
}
