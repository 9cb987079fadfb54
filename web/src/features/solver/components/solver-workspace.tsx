// The solver: statement beside the editor, Run (public tests) and Submit (every test), then the
// results, the findings (cards and editor markers) and the streamed feedback, all on one screen.
import { type ComponentType, Fragment, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CodeEditorHandle, EditorMarker } from '../../../components/code-editor/code-editor';
import { LazyCodeEditor } from '../../../components/code-editor/lazy-code-editor';
import { BusyIndicator } from '../../../components/ui/busy-indicator';
import { DifficultyBadge } from '../../../components/ui/difficulty-badge';
import { describeError } from '../../../lib/api-client';
import { useTheme } from '../../../lib/use-theme';
import type { Feedback, Finding, JudgeOutput, Problem } from '../../../types/api';
import { useCreateSubmission } from '../api/create-submission';
import { useCompletedSubmission } from '../api/get-submission';
import { useRunCode } from '../api/run-code';
import { useDraft } from '../hooks/use-draft';
import { Panel } from './panel';
import { ProblemStatement } from './problem-statement';
import { CustomInputForm } from './custom-input-form';
import { ResultsTable } from './results-table';
import { SubmissionHistory } from './submission-history';
import { VerdictBanner } from './verdict-banner';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';

interface LastResult {
  kind: 'run' | 'submission';
  result: JudgeOutput;
}

/** No findings (one array for good, so what is derived from it does not change every render). */
const NO_FINDINGS: Finding[] = [];

/** What the findings panel is given: the findings, the submission naming them, and a jump to a line. */
export interface FindingsPanelProps {
  findings: Finding[];
  submissionId?: string;
  onJump: (line: number) => void;
}

export interface SolverWorkspaceProps {
  problem: Problem;
  /** Shows the findings of the last run or submission (the submission's id names them in disputes). */
  findings: ComponentType<FindingsPanelProps>;
  /** The tutor's feedback on the last submission. */
  feedback: (submission: { id: string; feedback: Feedback | null }) => ReactNode;
  /** Help beside the work (hints, the solution), given whether a submission here was accepted. */
  help?: (state: { accepted: boolean }) => ReactNode;
}

/** The editor, the results and the panels the app composes around them (findings, feedback, help). */
export function SolverWorkspace({ problem, findings: FindingsPanel, feedback, help }: SolverWorkspaceProps) {
  const [code, setCode, resetCode] = useDraft(problem.slug, problem.starterCode);
  // The last result with the problem it was for: another problem shows none (derived, not reset).
  const [lastFor, setLastFor] = useState<{ slug: string; last: LastResult } | null>(null);
  const last = lastFor?.slug === problem.slug ? lastFor.last : null;
  const run = useRunCode();
  const submit = useCreateSubmission();
  const editor = useRef<CodeEditorHandle>(null);
  const theme = useTheme();
  const busy = run.isPending || submit.isPending;
  const error = run.error ?? submit.error;

  const doRun = useCallback(() => {
    if (busy || !code.trim()) return;
    submit.reset();
    run.mutate({ problem: problem.slug, code }, { onSuccess: (result) => setLastFor({ slug: problem.slug, last: { kind: 'run', result } }) });
  }, [busy, code, problem.slug, run, submit]);

  const doRunInputs = useCallback(
    (inputs: string[]) => {
      if (busy || !code.trim()) return;
      submit.reset();
      run.mutate({ problem: problem.slug, code, inputs }, { onSuccess: (result) => setLastFor({ slug: problem.slug, last: { kind: 'run', result } }) });
    },
    [busy, code, problem.slug, run, submit],
  );

  const doSubmit = useCallback(() => {
    if (busy || !code.trim()) return;
    run.reset();
    submit.mutate({ problem: problem.slug, code }, { onSuccess: (result) => setLastFor({ slug: problem.slug, last: { kind: 'submission', result } }) });
  }, [busy, code, problem.slug, run, submit]);

  // Shortcuts outside the editor (inside it, the editor's own commands handle them).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      if ((event.target as HTMLElement | null)?.closest?.('.monaco-editor')) return;
      event.preventDefault();
      if (event.shiftKey) doRun();
      else doSubmit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [doRun, doSubmit]);

  // A submission's findings may still be completing after its verdict: follow them.
  const completed = useCompletedSubmission(last?.kind === 'submission' ? last.result : undefined);
  const result = last?.kind === 'submission' ? (completed ?? last.result) : last?.result;
  const analyzing = result?.analysis?.status === 'pending';
  const findings = result?.patterns ?? NO_FINDINGS;
  const markers = useMemo<EditorMarker[]>(
    () => findings.flatMap((f) => (f.line ? [{ line: f.line, severity: f.severity, message: f.message }] : [])),
    [findings],
  );
  const jump = useCallback((line: number) => editor.current?.revealLine(line), []);

  return (
    <div className="workspace">
      <div className="workspace-bar">
        <h1 className="workspace-title">{problem.title}</h1>
        <DifficultyBadge difficulty={problem.difficulty} />
        <div className="workspace-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              if (window.confirm('Replace your code with the starter code?')) resetCode();
            }}
          >
            Reset code
          </button>
          <button
            type="button"
            className="button"
            onClick={doRun}
            disabled={busy}
            aria-keyshortcuts="Control+Shift+Enter Meta+Shift+Enter"
            title={`Run the public tests (${MOD}+Shift+Enter)`}
          >
            Run <kbd>{MOD}+⇧+↵</kbd>
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={doSubmit}
            disabled={busy}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            title={`Submit against every test (${MOD}+Enter)`}
          >
            Submit <kbd>{MOD}+↵</kbd>
          </button>
        </div>
      </div>
      <div className="workspace-grid">
        <Panel id="statement" title="Problem" className="panel-statement">
          <ProblemStatement problem={problem} />
        </Panel>
        <div className="editor-column">
          <div className="editor-box" data-testid="editor">
            <LazyCodeEditor
              ref={editor}
              value={code}
              onChange={setCode}
              markers={markers}
              theme={theme}
              onSubmit={doSubmit}
              onRun={doRun}
              activate={markers.length > 0}
            />
          </div>
          <CustomInputForm params={problem.params ?? []} disabled={busy} onRun={doRunInputs} />
          <Panel id="results" title="Results" className="panel-results">
            {busy && <BusyIndicator label={submit.isPending ? 'Judging your solution against every test' : 'Running the public tests'} />}
            {error && !busy && (
              <p role="alert" className="alert alert-error">
                {describeError(error)}
              </p>
            )}
            {last && !busy && (
              <>
                <VerdictBanner result={last.result} kind={last.kind} />
                <ResultsTable tests={last.result.tests} params={problem.params} />
              </>
            )}
            {!last && !busy && !error && <p className="muted">Run your code to check it against the examples, or submit it against every test.</p>}
          </Panel>
        </div>
        <div className="insights-column">
          <Panel id="findings" title={`Findings${last ? ` (${findings.length})` : ''}`} className="panel-findings">
            {analyzing && (
              <p className="muted" role="status">
                Still measuring how your code grows and comparing it with typical mistakes: more findings may appear.
              </p>
            )}
            {last ? (
              <FindingsPanel findings={findings} submissionId={last.kind === 'submission' ? last.result.id : undefined} onJump={jump} />
            ) : (
              <p className="muted">Patterns in your solution (an off-by-one, a slow loop…) appear here after a run.</p>
            )}
          </Panel>
          <Panel id="feedback" title="Feedback" className="panel-feedback">
            {last?.kind === 'submission' && last.result.id ? (
              <Fragment key={last.result.id}>{feedback({ id: last.result.id, feedback: last.result.feedback })}</Fragment>
            ) : (
              <p className="muted">Submit to get a tutor's feedback on your solution.</p>
            )}
          </Panel>
          {help && (
            <Panel id="help" title="Help" className="panel-help">
              {help({ accepted: last?.kind === 'submission' && last.result.verdict === 'accepted' })}
            </Panel>
          )}
          <SubmissionHistory problem={problem.slug} code={code} onRestore={setCode} theme={theme} />
        </div>
      </div>
    </div>
  );
}
