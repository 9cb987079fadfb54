// The editor as pages use it: a plain textarea at first, and Monaco (a large chunk) loaded on the
// first sign of intent — the pointer entering the editor, focus, a key — or when findings need
// their markers. The page becomes interactive without waiting for Monaco, and whatever was
// typed meanwhile carries over, with the caret where it was.
import { type ComponentType, forwardRef, type RefAttributes, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { CodeEditorHandle, CodeEditorProps } from './code-editor';
import { PlainCodeEditor } from './plain-code-editor';

type MonacoEditor = ComponentType<CodeEditorProps & RefAttributes<CodeEditorHandle>>;
const LABEL = 'Code editor (Python)';

export const LazyCodeEditor = forwardRef<CodeEditorHandle, CodeEditorProps & { activate?: boolean }>(function LazyCodeEditor({ activate, ...props }, ref) {
  // The module is imported first and swapped in when ready: the textarea stays until then.
  const [Editor, setEditor] = useState<MonacoEditor | null>(null);
  const loading = useRef(false);
  const monaco = useRef<CodeEditorHandle>(null);
  const plain = useRef<HTMLTextAreaElement>(null);
  const pendingLine = useRef<number | null>(null);
  // Where the caret is while the textarea has focus: Monaco takes it over.
  const caret = useRef<number | null>(null);

  const load = useCallback(() => {
    if (loading.current) return;
    loading.current = true;
    import('./code-editor').then(
      (module) => setEditor(() => module.default),
      () => {
        loading.current = false; // offline or a new deploy: the textarea keeps working
      },
    );
  }, []);

  useEffect(() => {
    if (activate) load();
  }, [activate, load]);

  useImperativeHandle(ref, () => ({
    revealLine(line: number) {
      if (monaco.current) monaco.current.revealLine(line);
      else {
        pendingLine.current = line;
        load();
      }
    },
    focus() {
      if (monaco.current) monaco.current.focus();
      else plain.current?.focus();
    },
  }));

  return (
    <div className="lazy-editor" onPointerEnter={load} onPointerDown={load} onFocus={load} onKeyDown={load}>
      {Editor ? (
        <Editor
          {...props}
          ref={monaco}
          onReady={() => {
            const handle = monaco.current;
            if (!handle) return;
            if (pendingLine.current !== null) handle.revealLine(pendingLine.current);
            else if (caret.current !== null) handle.focus(caret.current);
            pendingLine.current = null;
            caret.current = null;
          }}
        />
      ) : (
        <PlainCodeEditor
          ref={plain}
          value={props.value}
          onChange={props.onChange}
          label={LABEL}
          onCaret={(offset) => {
            caret.current = offset;
          }}
        />
      )}
    </div>
  );
});
