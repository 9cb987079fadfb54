// Text from learners (dispute comments, their code's output and messages, file contents) must
// not drive the operator's terminal: an ESC starts a control sequence (clear the screen, retitle
// the window, rewrite what was printed), \r and backspace overwrite a line. Every command prints
// through these helpers. What remains of a stripped sequence ("[2J") prints as harmless text.

/** C0 controls but tab and newline, DEL, and the C1 controls (U+0080 to U+009F, CSI among them). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `text` without control characters, newlines and tabs kept. */
export function terminalText(text: string): string {
  return text.replace(CONTROL, '');
}

/**
 * `value` as one line of JSON safe to print: JSON.stringify escapes C0 controls but leaves DEL
 * and the C1 controls raw, so those are escaped too (the document reads back the same).
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
