// The solver: statement beside the editor, Run (public tests) and Submit (every test), then the
// results, the findings (cards and editor markers) and the streamed feedback, all on one screen.
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CodeEditorHandle, EditorMarker } from '../../../components/code-editor/code-editor';
import { LazyCodeEditor } from '../../../components/code-editor/lazy-code-editor';
import { BusyIndicator } from '../../../components/ui/busy-indicator';
import { DifficultyBadge } from '../../../components/ui/difficulty-badge';
import { describeError } from '../../../lib/api-client';
import { useTheme } from '../../../lib/use-theme';
import type { JudgeOutput, Problem } from '../../../types/api';
import { FeedbackPanel } from '../../feedback/components/feedback-panel';
import { FindingsList } from '../../findings/components/findings-list';
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

export interface SolverWorkspaceProps {
  problem: Problem;
  /** Help beside the work (hints, the solution), given whether a submission here was accepted. */
  help?: (state: { accepted: boolean }) => ReactNode;
  /** False during a mock interview on this problem: the feedback does not climb the hint ladder. */
  deeperFeedback?: boolean;
}

export function SolverWorkspace({ problem, help, deeperFeedback = true }: SolverWorkspaceProps) {
  const [code, setCode, resetCode] = useDraft(problem.slug, problem.starterCode);
  const [last, setLast] = useState<LastResult | null>(null);
  const run = useRunCode();
  const submit = useCreateSubmission();
  const editor = useRef<CodeEditorHandle>(null);
  const theme = useTheme();
  const busy = run.isPending || submit.isPending;
  const error = run.error ?? submit.error;

  useEffect(() => setLast(null), [problem.slug]);

  const doRun = useCallback(() => {
    if (busy || !code.trim()) return;
    submit.reset();
    run.mutate({ problem: problem.slug, code }, { onSuccess: (result) => setLast({ kind: 'run', result }) });
  }, [busy, code, problem.slug, run, submit]);

  const doRunInputs = useCallback(
    (inputs: string[]) => {
      if (busy || !code.trim()) return;
      submit.reset();
      run.mutate({ problem: problem.slug, code, inputs }, { onSuccess: (result) => setLast({ kind: 'run', result }) });
    },
    [busy, code, problem.slug, run, submit],
  );

  const doSubmit = useCallback(() => {
    if (busy || !code.trim()) return;
    run.reset();
    submit.mutate({ problem: problem.slug, code }, { onSuccess: (result) => setLast({ kind: 'submission', result }) });
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
  const result = last?.kind === 'submission' ? completed ?? last.result : last?.result;
  const analyzing = result?.analysis?.status === 'pending';
  const findings = result?.patterns ?? [];
  const markers = useMemo<EditorMarker[]>(
    () => findings.filter((f) => f.line).map((f) => ({ line: f.line!, severity: f.severity, message: f.message })),
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
          <button type="button" className="button" onClick={doRun} disabled={busy} aria-keyshortcuts="Control+Shift+Enter Meta+Shift+Enter" title={`Run the public tests (${MOD}+Shift+Enter)`}>
            Run <kbd>{MOD}+⇧+↵</kbd>
          </button>
          <button type="button" className="button button-primary" onClick={doSubmit} disabled={busy} aria-keyshortcuts="Control+Enter Meta+Enter" title={`Submit against every test (${MOD}+Enter)`}>
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
              <FindingsList findings={findings} submissionId={last.kind === 'submission' ? last.result.id : undefined} onJump={jump} />
            ) : (
              <p className="muted">Patterns in your solution (an off-by-one, a slow loop…) appear here after a run.</p>
            )}
          </Panel>
          <Panel id="feedback" title="Feedback" className="panel-feedback">
            {last?.kind === 'submission' && last.result.id ? (
              <FeedbackPanel key={last.result.id} submissionId={last.result.id} initial={last.result.feedback} allowDeeper={deeperFeedback} />
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
