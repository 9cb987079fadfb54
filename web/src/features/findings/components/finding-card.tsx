// One finding as a card colored by severity: what and where, the evidence and the confidence,
// the detector's own "learn more" documentation, and the dispute control. Clicking the card
// (or its line button) moves the editor to the line.
import type { MouseEvent } from 'react';
import type { Finding, PatternSummary } from '../../../types/api';
import { DisputeControl } from './dispute-control';

const SEVERITY_LABEL = { critical: 'Critical', warning: 'Warning', info: 'Info' } as const;

/** How a probe changed the input (analyzer/src/probes.ts), after "your answer is right on the same input". */
const PROBE_CHANGE: Record<string, string> = {
  sorted: 'sorted',
  'k-mod-len': 'with k reduced modulo the length',
  'k-clamp-len': 'with k lowered to the length',
  'k-clamp-distinct': 'with k lowered to the number of different values',
  'k-positive': 'with k raised to 1',
  'target-present': 'with a target that is present',
  lowercase: 'with only lowercase letters',
  ascii: 'with only ASCII characters',
  'non-empty': 'made non-empty',
  distinct: 'without repeated values',
  'non-negative': 'without negative numbers',
  'non-zero': 'without zeros',
};

export function describeEvidence(evidence: string): string {
  if (evidence === 'static') return 'seen in the code';
  if (evidence === 'growth') return 'measured growth';
  if (evidence.startsWith('test:')) return `test ${evidence.slice(5)}`;
  if (evidence.startsWith('mutant:')) return `matches a known mistake (${evidence.slice(7).replace(/-/g, ' ')})`;
  if (evidence.startsWith('probe:')) return `your answer is right on the same input ${PROBE_CHANGE[evidence.slice(6)] ?? evidence.slice(6).replace(/-/g, ' ')}`;
  if (evidence.startsWith('variant:')) return `your code passes with this ${evidence.slice(8).replace(/-/g, ' ')} moved by one`;
  return evidence;
}

/** A message with `code` spans, as detectors write them, rendered as code. */
export function InlineCode({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/(`[^`]+`)/)
        .map((part, i) => (part.startsWith('`') && part.endsWith('`') && part.length > 2 ? <code key={i}>{part.slice(1, -1)}</code> : part))}
    </>
  );
}

export interface FindingCardProps {
  finding: Finding;
  index: number;
  submissionId?: string;
  /** The pattern's title and documentation; the id stands in until they load. */
  docs?: PatternSummary;
  onJump?: (line: number) => void;
}

export function FindingCard({ finding, index, submissionId, docs, onJump }: FindingCardProps) {
  const severity = finding.severity;
  const title = docs?.title ?? finding.id;
  const confidence = Math.round(Math.max(0, Math.min(1, finding.confidence)) * 100);
  const line = finding.line;

  const onCardClick = (event: MouseEvent<HTMLElement>) => {
    // Clicks on the card's own controls do their own thing.
    if ((event.target as HTMLElement).closest('button, a, summary, textarea, input, details[open] > *:not(summary)')) return;
    if (line && onJump) onJump(line);
  };

  return (
    <article className={`finding-card finding-${severity}`} aria-labelledby={`finding-${index}-title`} data-pattern={finding.id} onClick={onCardClick}>
      <header className="finding-header">
        <span className={`severity severity-${severity}`}>{SEVERITY_LABEL[severity]}</span>
        <h3 id={`finding-${index}-title`} className="finding-title">
          {title}
        </h3>
        {line ? (
          <button type="button" className="button button-small button-ghost finding-line-button" onClick={() => onJump?.(line)}>
            Line {line}
          </button>
        ) : null}
      </header>
      <p className="finding-message">
        <InlineCode text={finding.message} />
      </p>
      <dl className="finding-meta">
        <div>
          <dt>Confidence</dt>
          <dd>
            <meter min={0} max={100} value={confidence} aria-label={`Confidence ${confidence}%`} /> {confidence}%
          </dd>
        </div>
        {finding.evidence.length > 0 && (
          <div>
            <dt>Evidence</dt>
            <dd>
              <ul className="evidence">
                {finding.evidence.map((e) => (
                  <li key={e}>{describeEvidence(e)}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {docs && (
        <details className="learn-more">
          <summary>Learn more about {title.toLowerCase()}</summary>
          <p>{docs.docs.what}</p>
          <p>
            <strong>Why it matters:</strong> {docs.docs.why}
          </p>
          <p className="code-caption">For example:</p>
          <pre>
            <code>{docs.docs.example}</code>
          </pre>
          <p className="code-caption">Better:</p>
          <pre>
            <code>{docs.docs.better}</code>
          </pre>
          <p className="muted">
            <strong>What this check misses:</strong> {docs.docs.knownMisses}
          </p>
        </details>
      )}
      {submissionId && <DisputeControl submissionId={submissionId} index={index} />}
    </article>
  );
}
