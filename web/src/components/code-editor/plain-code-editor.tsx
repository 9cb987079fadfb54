// What the editor area shows until Monaco is loaded: the same code in a plain, editable
// textarea with line numbers, so the page is usable at once and no keystroke is lost.
import { forwardRef } from 'react';

export interface PlainCodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  label: string;
  /** The caret's offset while the textarea has focus (null once it loses it). */
  onCaret: (offset: number | null) => void;
}

export const PlainCodeEditor = forwardRef<HTMLTextAreaElement, PlainCodeEditorProps>(function PlainCodeEditor({ value, onChange, label, onCaret }, ref) {
  const lines = value.split('\n').length;
  return (
    <div className="plain-editor">
      <pre className="plain-editor-gutter" aria-hidden="true">
        {Array.from({ length: lines }, (_, i) => i + 1).join('\n')}
      </pre>
      <textarea
        ref={ref}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          onCaret(e.target.selectionStart);
        }}
        onSelect={(e) => onCaret(e.currentTarget.selectionStart)}
        onFocus={(e) => onCaret(e.currentTarget.selectionStart)}
        onBlur={() => onCaret(null)}
        spellCheck={false}
        wrap="off"
        aria-label={label}
        autoCapitalize="off"
        autoCorrect="off"
      />
    </div>
  );
});
