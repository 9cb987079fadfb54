// Chart colors of the six error patterns, keyed by the server's pattern ids (the compiler checks
// that every id has one). Severity and mastery-level colors live in CSS.
import type { PatternId } from '../types/api';

// Distinct hues that keep 3:1 contrast against both the light and the dark surface.
export const PATTERN_COLORS: Record<PatternId, string> = {
  'missing-edge-case': '#e0533d',
  'suboptimal-complexity': '#8b5cf6',
  'wrong-data-structure': '#0e9f9a',
  'off-by-one': '#d97706',
  'missing-validation': '#3b82f6',
  'inefficient-loop': '#db2777',
};
