// "Run with my input": inputs typed as the statement shows them, one per line
// (`nums = [2, 7, 11, 15], target = 9`), run like the public tests with the answer the problem
// expects. The server reads and checks them; its message says what to fix.
import { useState } from 'react';

const MAX_INPUTS = 5;

export function CustomInputForm({ params, disabled, onRun }: { params: string[]; disabled: boolean; onRun: (inputs: string[]) => void }) {
  const example = params.map((p) => `${p} = ...`).join(', ');
  const [text, setText] = useState('');
  const inputs = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const tooMany = inputs.length > MAX_INPUTS;
  return (
    <details className="custom-input">
      <summary>Run with my input</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (inputs.length > 0 && !tooMany) onRun(inputs);
        }}
      >
        <label className="field">
          <span>
            One input per line, as the statement writes them: <code>{example}</code>
          </span>
          <textarea
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={3}
            spellCheck={false}
            data-testid="custom-input"
            aria-describedby={tooMany ? 'custom-input-limit' : undefined}
          />
        </label>
        {tooMany && (
          <p id="custom-input-limit" className="alert alert-error" role="alert">
            At most {MAX_INPUTS} inputs at a time.
          </p>
        )}
        <button type="submit" className="button" disabled={disabled || inputs.length === 0 || tooMany}>
          Run with my input
        </button>
      </form>
    </details>
  );
}
