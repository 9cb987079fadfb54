// Past mock interviews, newest first, each with its report (the latest one open).
import { describeError } from '../../../lib/api-client';
import { useInterviews } from '../api/mock-interviews';
import { InterviewReport } from './interview-report';

export function InterviewHistory() {
  const interviews = useInterviews();
  if (interviews.isPending) return <p className="muted">Loading your mock interviews…</p>;
  if (interviews.isError) {
    return (
      <p role="alert" className="alert alert-error">
        {describeError(interviews.error)}
      </p>
    );
  }
  const finished = interviews.data.filter((interview) => interview.report);
  if (finished.length === 0) return <p className="muted">No mock interviews yet.</p>;
  return (
    <ul className="interview-history">
      {finished.map((interview, i) => (
        <li key={interview.id}>
          <details open={i === 0}>
            <summary>
              {new Date(interview.startedAt).toLocaleString()}: solved {interview.report!.solved} of {interview.report!.total}
            </summary>
            <InterviewReport interview={interview} />
          </details>
        </li>
      ))}
    </ul>
  );
}
