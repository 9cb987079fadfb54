// Two versions of Python code side by side (inline when narrow), read-only, in Monaco's diff
// view with the app's theme. Large like the editor: pages load it lazily (lazy-code-diff.tsx).
import { DiffEditor, type DiffOnMount } from '@monaco-editor/react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { monaco } from './monaco';
import { monacoTheme } from './monaco-theme';

export interface CodeDiffProps {
  /** The older code: on the left, or the removed lines. */
  original: string;
  /** The newer code: on the right, or the added lines. */
  modified: string;
  /** What screen readers call each side. */
  originalLabel: string;
  modifiedLabel: string;
  theme: 'light' | 'dark';
}

type DiffEditorInstance = Parameters<DiffOnMount>[0];
type InnerEditor = ReturnType<DiffEditorInstance['getOriginalEditor']>;

// One object for good: the wrapper passes a new one to Monaco on every change.
const OPTIONS = {
  readOnly: true,
  originalEditable: false,
  fontSize: 13,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  automaticLayout: true,
  renderOverviewRuler: false,
  fixedOverflowWidgets: true,
} as const;

/**
 * Monaco's diff widget resets its two editors' labels to nothing at creation and whenever its
 * options change, which leaves screen readers (and axe) an unnamed field: put them back each time.
 */
function keepAriaLabel(editor: InnerEditor, label: () => string) {
  const apply = () => {
    if (editor.getOption(monaco.editor.EditorOption.ariaLabel) !== label()) editor.updateOptions({ ariaLabel: label() });
  };
  apply();
  editor.onDidChangeConfiguration(apply);
}

export default function CodeDiff({ original, modified, originalLabel, modifiedLabel, theme }: CodeDiffProps) {
  const editor = useRef<DiffEditorInstance | null>(null);
  // What keepAriaLabel restores: the latest labels, recorded after each commit (not during render).
  const labels = useRef({ originalLabel, modifiedLabel });

  useEffect(() => {
    labels.current = { originalLabel, modifiedLabel };
    editor.current?.getOriginalEditor().updateOptions({ ariaLabel: originalLabel });
    editor.current?.getModifiedEditor().updateOptions({ ariaLabel: modifiedLabel });
  }, [originalLabel, modifiedLabel]);

  // @monaco-editor/react 4.7 disposes the two models before the diff widget on unmount, which
  // Monaco reports as an error ("TextModel got disposed before DiffEditorWidget model got reset").
  // So the models are kept (keepCurrent*Model) and released here: a layout-effect cleanup runs
  // before the wrapper's passive cleanup disposes the widget, so the models are detached first.
  useLayoutEffect(
    () => () => {
      const instance = editor.current;
      const models = instance?.getModel();
      instance?.setModel(null);
      models?.original.dispose();
      models?.modified.dispose();
    },
    [],
  );

  return (
    <DiffEditor
      language="python"
      original={original}
      modified={modified}
      theme={monacoTheme(theme)}
      keepCurrentOriginalModel
      keepCurrentModifiedModel
      onMount={(instance) => {
        editor.current = instance;
        keepAriaLabel(instance.getOriginalEditor(), () => labels.current.originalLabel);
        keepAriaLabel(instance.getModifiedEditor(), () => labels.current.modifiedLabel);
      }}
      loading={<div className="editor-loading">Loading the comparison…</div>}
      options={OPTIONS}
    />
  );
}
