// The one wrapper around Monaco (load it lazily with React.lazy): Python, the app's theme,
// findings as markers and line highlights, Ctrl/Cmd+Enter to submit, Ctrl/Cmd+Shift+Enter to
// run, and a handle to reveal a line when a finding card is clicked.
import Editor, { type OnMount } from '@monaco-editor/react';
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import { monaco } from './monaco';
import { monacoTheme } from './monaco-theme';
import type { Severity } from '../../types/api';

export interface EditorMarker {
  line: number;
  severity: Severity;
  message: string;
}

export interface CodeEditorHandle {
  revealLine(line: number): void;
  /** Focuses the editor, with the caret at a character offset when given. */
  focus(offset?: number): void;
}

export interface CodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  markers?: EditorMarker[];
  theme: 'light' | 'dark';
  onSubmit?: () => void;
  onRun?: () => void;
  /** Called once Monaco is mounted and the handle works. */
  onReady?: () => void;
  label?: string;
}

const SEVERITY = {
  critical: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;

type StandaloneEditor = Parameters<OnMount>[0];

const CodeEditor = forwardRef<CodeEditorHandle, CodeEditorProps>(function CodeEditor(props, ref) {
  const editorRef = useRef<StandaloneEditor | null>(null);
  const decorations = useRef<{ clear(): void; set(d: unknown[]): void } | null>(null);
  // Commands registered once at mount call the latest callbacks through this ref, which is
  // updated after each commit (never during render).
  const actions = useRef({ onSubmit: props.onSubmit, onRun: props.onRun, onReady: props.onReady });
  useLayoutEffect(() => {
    actions.current = { onSubmit: props.onSubmit, onRun: props.onRun, onReady: props.onReady };
  });

  useImperativeHandle(ref, () => ({
    revealLine(line: number) {
      const editor = editorRef.current;
      if (!editor) return;
      editor.revealLineInCenter(line);
      editor.setPosition({ lineNumber: line, column: 1 });
      editor.focus();
    },
    focus(offset?: number) {
      const editor = editorRef.current;
      if (!editor) return;
      const model = editor.getModel();
      if (model && offset !== undefined) editor.setPosition(model.getPositionAt(offset));
      editor.focus();
    },
  }));

  const applyMarkers = () => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    const lineCount = model.getLineCount();
    const markers = (props.markers ?? []).filter((m) => m.line >= 1 && m.line <= lineCount);
    monaco.editor.setModelMarkers(
      model,
      'codementor',
      markers.map((m) => ({
        severity: SEVERITY[m.severity],
        message: m.message,
        startLineNumber: m.line,
        startColumn: model.getLineFirstNonWhitespaceColumn(m.line) || 1,
        endLineNumber: m.line,
        endColumn: model.getLineMaxColumn(m.line),
        source: 'CodeMentor',
      })),
    );
    decorations.current?.set(
      markers.map((m) => ({
        range: new monaco.Range(m.line, 1, m.line, 1),
        options: {
          isWholeLine: true,
          className: `finding-line finding-line-${m.severity}`,
          linesDecorationsClassName: `finding-gutter finding-gutter-${m.severity}`,
          overviewRuler: { color: m.severity === 'critical' ? '#dc2626' : m.severity === 'warning' ? '#d97706' : '#2563eb', position: 4 },
        },
      })),
    );
  };

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    decorations.current = editor.createDecorationsCollection() as never;
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => actions.current.onSubmit?.());
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter, () => actions.current.onRun?.());
    applyMarkers();
    actions.current.onReady?.();
  };

  useEffect(applyMarkers, [props.markers, props.value]);

  return (
    <Editor
      language="python"
      value={props.value}
      onChange={(value) => props.onChange(value ?? '')}
      theme={monacoTheme(props.theme)}
      onMount={onMount}
      loading={<div className="editor-loading">Loading the editor…</div>}
      options={{
        fontSize: 14,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: 4,
        insertSpaces: true,
        renderLineHighlight: 'line',
        ariaLabel: props.label ?? 'Code editor (Python). Press Ctrl+M, then Tab, to move focus out of the editor.',
        fixedOverflowWidgets: true,
        padding: { top: 8 },
      }}
    />
  );
});

export default CodeEditor;
