// Monaco set up once for every editor of the app: @monaco-editor/react uses the locally bundled
// Monaco (no CDN), and the app's light and dark themes are defined before any editor mounts.
import { loader } from '@monaco-editor/react';
import { monaco } from './monaco';

loader.config({ monaco });
// The app's surfaces behind the code, so the editor sits in the page instead of on top of it.
monaco.editor.defineTheme('codementor-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#ffffff',
    // Fainter than vs's diff tints, for the same reason as in the dark theme below: vs's green
    // comments fall under 4.5:1 on its pink removed-text background.
    'diffEditor.removedLineBackground': '#ff00000d',
    'diffEditor.removedTextBackground': '#ff000014',
    'diffEditor.insertedLineBackground': '#9ccc2c14',
    'diffEditor.insertedTextBackground': '#9ccc2c1a',
  },
});
monaco.editor.defineTheme('codementor-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#161b22',
    'editorGutter.background': '#161b22',
    // The diff view's tints, fainter than vs-dark's so every token (the blue keywords and green
    // comments are the darkest) keeps 4.5:1 contrast on a changed line and on a changed word.
    'diffEditor.removedLineBackground': '#ff000014',
    'diffEditor.removedTextBackground': '#ff00001f',
    'diffEditor.insertedLineBackground': '#3fb95012',
    'diffEditor.insertedTextBackground': '#3fb95005',
  },
});

/** The Monaco theme for the app's theme. */
export function monacoTheme(theme: 'light' | 'dark'): string {
  return theme === 'dark' ? 'codementor-dark' : 'codementor-light';
}
