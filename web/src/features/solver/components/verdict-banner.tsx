// The verdict in one line, with the passed count and the complexity ("yours · acceptable").
import { verdictLabel } from '../../../lib/format';
import type { JudgeOutput } from '../../../types/api';

export function complexityText(complexity: JudgeOutput['complexity']): string | null {
  if (!complexity?.time) return null;
  return complexity.acceptable ? `yours: ${complexity.time} · acceptable: ${complexity.acceptable}` : `yours: ${complexity.time}`;
}

export function VerdictBanner({ result, kind }: { result: JudgeOutput; kind: 'run' | 'submission' }) {
  const accepted = result.verdict === 'accepted';
  const complexity = complexityText(result.complexity);
  const label = kind === 'run' && accepted ? 'Public tests passed' : verdictLabel(result.verdict);
  const detail = result.syntaxError?.message ?? result.rejection?.message;
  return (
    <div className={`verdict ${accepted ? 'verdict-accepted' : 'verdict-failed'}`} role="status" aria-live="polite">
      <strong className="verdict-label" data-testid="verdict">
        {label}
      </strong>
      <span>
        {result.passed} / {result.total} tests passed{kind === 'run' ? ' (public tests only)' : ''}
      </span>
      {complexity && (
        <span className="complexity" data-testid="complexity">
          {complexity}
        </span>
      )}
      {detail && <span className="verdict-detail">{detail}</span>}
    </div>
  );
}
