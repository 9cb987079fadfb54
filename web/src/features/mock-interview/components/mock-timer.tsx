// The running mock interview's clock in the header, on every page. When it reaches zero the
// interview is ended (the server writes the report) and the learner is taken to it.
import { useEffect, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { useFinishInterview, useRunningInterview } from '../api/mock-interviews';
import { formatClock, useCountdown } from './use-countdown';

const LAST_MINUTES_MS = 5 * 60_000;

export function MockTimer() {
  const running = useRunningInterview();
  const interview = running.data;
  const left = useCountdown(interview?.endsAt);
  const finish = useFinishInterview();
  const navigate = useNavigate();
  const ended = useRef<string | null>(null);

  useEffect(() => {
    if (!interview || left > 0 || ended.current === interview.id) return;
    ended.current = interview.id;
    finish.mutate(interview.id, {
      onSuccess: () => {
        void navigate('/mock-interview');
      },
    });
  }, [interview, left, finish, navigate]);

  if (!interview) return null;
  return (
    <Link
      to="/mock-interview"
      className={`mock-timer${left < LAST_MINUTES_MS ? ' mock-timer-late' : ''}`}
      aria-label={`Mock interview: ${formatClock(left)} left`}
      data-testid="mock-timer"
    >
      <span aria-hidden="true">⏱</span> <span role="timer">{formatClock(left)}</span>
    </Link>
  );
}
