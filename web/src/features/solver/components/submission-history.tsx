// The learner's earlier submissions of this problem, newest first. Opening one shows its code
// read-only, restores it into the editor (after a confirmation when that would replace other
// code) or compares it with the editor's code in Monaco's diff view, loaded only when asked for.
import { useState } from 'react';
import { LazyCodeDiff } from '../../../components/code-editor/lazy-code-diff';
import { BusyIndicator } from '../../../components/ui/busy-indicator';
import { describeError } from '../../../lib/api-client';
import { verdictLabel } from '../../../lib/format';
import { useSession } from '../../../lib/use-session';
import type { SubmissionSummary } from '../../../types/api';
import { useSubmissionCode } from '../api/get-submission';
import { useSubmissions } from '../api/list-submissions';
import { Panel } from './panel';

export interface SubmissionHistoryProps {
  problem: string;
  /** The code in the editor now: compared with, and replaced on restore. */
  code: string;
  onRestore: (code: string) => void;
  theme: 'light' | 'dark';
}

export function SubmissionHistory(props: SubmissionHistoryProps) {
  const session = useSession();
  return (
    <Panel id="history" title="Your submissions" className="panel-history">
      {session ? <SubmissionList {...props} /> : <p className="muted">Sign in to keep your submissions and find them here.</p>}
    </Panel>
  );
}

function SubmissionList({ problem, code, onRestore, theme }: SubmissionHistoryProps) {
  const list = useSubmissions(problem);
  const [openId, setOpenId] = useState<string | null>(null);
  if (list.isPending) return <BusyIndicator label="Loading your submissions" />;
  if (list.isError) {
    return (
      <p role="alert" className="alert alert-error">
        {describeError(list.error)}
      </p>
    );
  }
  const items = list.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <p className="muted">No submissions yet for this problem.</p>;
  return (
    <>
      <ol className="history-list">
        {items.map((item) => {
          const open = item.id === openId;
          return (
            <li key={item.id}>
              <button
                type="button"
                className="history-item"
                aria-expanded={open}
                aria-controls={open ? `history-${item.id}` : undefined}
                onClick={() => setOpenId(open ? null : item.id)}
              >
                <SubmissionLine item={item} />
              </button>
              {open && <SubmissionDetail id={item.id} when={formatLocalTime(item.createdAt)} code={code} onRestore={onRestore} theme={theme} />}
            </li>
          );
        })}
      </ol>
      {list.hasNextPage && (
        <button type="button" className="button button-small" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {list.isFetchingNextPage ? 'Loading older submissions…' : 'Show older submissions'}
        </button>
      )}
    </>
  );
}

/** The verdict in the verdict banner's words and colours, the tests passed, and when. */
function SubmissionLine({ item }: { item: SubmissionSummary }) {
  const tone = item.verdict === 'accepted' ? 'verdict-accepted' : item.verdict ? 'verdict-failed' : 'history-verdict-pending';
  return (
    <>
      <span className={`history-verdict ${tone}`}>
        <strong className="verdict-label">{verdictLabel(item.verdict)}</strong>
      </span>{' '}
      {item.total !== null && (
        <span className="history-passed">
          {item.passed ?? 0}/{item.total} passed{' '}
        </span>
      )}
      <time className="history-time muted" dateTime={item.createdAt} title={formatLocalTime(item.createdAt)}>
        {formatWhen(item.createdAt)}
      </time>
    </>
  );
}

function SubmissionDetail({ id, when, code, onRestore, theme }: { id: string; when: string } & Omit<SubmissionHistoryProps, 'problem'>) {
  const submitted = useSubmissionCode(id);
  const [comparing, setComparing] = useState(false);
  const [restored, setRestored] = useState(false);
  const saved = submitted.data;
  const same = saved === code;

  const restore = () => {
    if (saved === undefined) return;
    if (!same && !window.confirm('Replace the code in the editor with the code of this submission?')) return;
    onRestore(saved);
    setRestored(true);
  };

  return (
    <div id={`history-${id}`} className="history-detail">
      {submitted.isPending && <BusyIndicator label="Loading the code" />}
      {submitted.isError && (
        <p role="alert" className="alert alert-error">
          {describeError(submitted.error)}
        </p>
      )}
      {saved !== undefined && (
        <>
          <div className="history-actions">
            <button type="button" className="button button-small" onClick={restore}>
              Restore into editor
            </button>
            <button type="button" className="button button-small" aria-pressed={comparing} onClick={() => setComparing(!comparing)}>
              Compare with my code
            </button>
            <span className="muted small" role="status">
              {same ? (restored ? 'Restored into the editor.' : 'The editor holds this code.') : ''}
            </span>
          </div>
          {comparing ? (
            <div className="history-diff">
              <LazyCodeDiff
                original={saved}
                modified={code}
                originalLabel={`Code submitted ${when} (read-only)`}
                modifiedLabel="The code in the editor now (read-only here)"
                theme={theme}
              />
            </div>
          ) : (
            // A region so it can be named, and focusable so the keyboard can scroll it.
            <pre className="history-code" role="region" tabIndex={0} aria-label={`Code submitted ${when} (read-only)`}>
              <code>{saved}</code>
            </pre>
          )}
        </>
      )}
    </div>
  );
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/** "just now", "5 minutes ago", "yesterday" within a week; the local date and time after. */
export function formatWhen(iso: string, now = Date.now()): string {
  const seconds = (Date.parse(iso) - now) / 1000;
  if (Math.abs(seconds) >= 7 * 86_400) return formatLocalTime(iso);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.trunc(seconds / size), unit);
  }
  return 'just now';
}

function formatLocalTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
