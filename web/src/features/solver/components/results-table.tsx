// Every public test with its input, expected and actual output, what the code printed, time and
// memory; of the hidden tests only the first failing one in full (the server keeps the others
// secret, printed output included), the rest counted.
import { formatArguments, formatMs, formatValue } from '../../../lib/format';
import type { TestResult } from '../../../types/api';

/** A test's peak memory as people read it: 640 KB, 1.2 MB, 130 MB; a dash when not measured. */
export function formatKb(kb: number | null | undefined): string {
  if (kb === null || kb === undefined) return '—';
  if (kb < 1024) return `${kb} KB`;
  const mb = kb / 1024;
  return mb < 100 ? `${mb.toFixed(1)} MB` : `${Math.round(mb)} MB`;
}

const STATUS_TEXT: Record<string, string> = {
  passed: 'Passed',
  failed: 'Failed',
  error: 'Error',
  timeout: 'Timed out',
  skipped: 'Skipped',
};

function isFailing(test: TestResult) {
  return test.status !== 'passed' && test.status !== 'skipped';
}

function actualText(test: TestResult): string {
  if (test.error && (test.status === 'error' || test.status === 'timeout')) {
    return [test.error.type, test.error.message].filter(Boolean).join(': ') || STATUS_TEXT[test.status];
  }
  if (test.status === 'timeout') return 'No answer within the time limit';
  return formatValue(test.actual);
}

export function ResultsTable({ tests, params }: { tests: TestResult[]; params?: string[] }) {
  const publicTests = tests.filter((t) => !t.hidden);
  const hidden = tests.filter((t) => t.hidden);
  const firstHiddenFailure = hidden.find((t) => isFailing(t) && t.input !== undefined) ?? hidden.find(isFailing);
  const hiddenPassed = hidden.filter((t) => t.status === 'passed').length;
  const shown = firstHiddenFailure ? [...publicTests, firstHiddenFailure] : publicTests;

  return (
    // Focusable: a wide table scrolls sideways, and keyboard users must be able to scroll it.
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Test results">
      <table className="table results-table">
        <caption className="visually-hidden">Test results</caption>
        <thead>
          <tr>
            <th scope="col">Test</th>
            <th scope="col">Status</th>
            <th scope="col">Input</th>
            <th scope="col">Expected</th>
            <th scope="col">Actual</th>
            <th scope="col" className="numeric">
              Time
            </th>
            <th scope="col" className="numeric" title="Memory the call took at its peak, beyond what the program already held (in 4 KB pages)">
              Memory
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((test) => (
            <tr key={test.id} className={isFailing(test) ? 'row-failing' : undefined} data-testid={`test-${test.id}`}>
              <th scope="row">
                <span className="test-id">{test.id}</span>
                {test.hidden && <span className="badge badge-hidden">first failing hidden test</span>}
                {test.tags.length > 0 && <span className="test-tags">{test.tags.join(', ')}</span>}
              </th>
              <td>
                <span className={`test-status test-status-${test.status}`}>{STATUS_TEXT[test.status] ?? test.status}</span>
              </td>
              <td>
                <code>{test.input === undefined ? 'hidden' : formatArguments(test.input, params)}</code>
              </td>
              <td>
                <code>{test.expected === undefined ? 'hidden' : formatValue(test.expected)}</code>
              </td>
              <td>
                <code className={isFailing(test) ? 'actual-wrong' : undefined}>{test.actual === undefined && !test.error ? '—' : actualText(test)}</code>
                {test.stdout ? (
                  // print() output is the learner's own debugging: shown as it came, below the answer.
                  <details className="test-stdout" open={isFailing(test)}>
                    <summary>Printed output</summary>
                    <pre data-testid={`stdout-${test.id}`}>{test.stdout}</pre>
                  </details>
                ) : null}
              </td>
              <td className="numeric">{formatMs(test.time_ms)}</td>
              <td className="numeric" data-testid={`memory-${test.id}`}>
                {formatKb(test.memory_kb)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden.length > 0 && (
        <p className="muted hidden-summary">
          Hidden tests: {hiddenPassed} of {hidden.length} passed
          {firstHiddenFailure ? '; the first failing one is shown above.' : '.'}
        </p>
      )}
    </div>
  );
}
