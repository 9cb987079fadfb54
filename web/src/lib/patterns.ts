// The six error patterns (shared patterns.md): display names and chart colors, keyed by the
// same kebab-case ids the server uses. Severity and mastery-level colors live in CSS.
export const PATTERN_IDS = [
  'missing-edge-case',
  'suboptimal-complexity',
  'wrong-data-structure',
  'off-by-one',
  'missing-validation',
  'inefficient-loop',
] as const;

export type PatternId = (typeof PATTERN_IDS)[number];

const TITLES: Record<PatternId, string> = {
  'missing-edge-case': 'Missing edge case',
  'suboptimal-complexity': 'Suboptimal complexity',
  'wrong-data-structure': 'Wrong data structure',
  'off-by-one': 'Off by one',
  'missing-validation': 'Missing validation',
  'inefficient-loop': 'Inefficient loop',
};

// Distinct hues that keep 3:1 contrast against both the light and the dark surface.
const COLORS: Record<PatternId, string> = {
  'missing-edge-case': '#e0533d',
  'suboptimal-complexity': '#8b5cf6',
  'wrong-data-structure': '#0e9f9a',
  'off-by-one': '#d97706',
  'missing-validation': '#3b82f6',
  'inefficient-loop': '#db2777',
};

export function patternTitle(id: string): string {
  return TITLES[id as PatternId] ?? id.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}

export function patternColor(id: string): string {
  return COLORS[id as PatternId] ?? '#6b7280';
}
