// Help on one problem: its hint ladder and its reference solution, or, during a mock interview
// on this problem, a note that help is off until the interview ends.
import { HintLadder } from './hint-ladder';
import { SolutionView } from './solution-view';

export interface HelpPanelProps {
  slug: string;
  hintCount: number;
  /** True once a submission of this session was accepted. */
  accepted: boolean;
  /** When set, the problem is part of a running mock interview. */
  interviewEndsAt?: string | null;
}

export function HelpPanel({ slug, hintCount, accepted, interviewEndsAt }: HelpPanelProps) {
  if (interviewEndsAt) {
    const ends = new Date(interviewEndsAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    return <p className="muted">No hints or solutions during a mock interview: they come back when it ends ({ends}).</p>;
  }
  return (
    <div className="help-panel">
      <HintLadder slug={slug} total={hintCount} />
      <SolutionView slug={slug} accepted={accepted} />
    </div>
  );
}
