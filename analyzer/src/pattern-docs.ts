// Each pattern's title and documentation, as its detector states them: the one place a
// pattern's name and "why" are written. Feedback, the API's GET /api/patterns and the web app's
// "learn more" all read them from here, in PATTERN_IDS order.
import type { DetectorDocs } from './detectors/detector.js';
import { DETECTORS } from './detectors/index.js';
import { PATTERN_IDS, type PatternId } from './types.js';

export interface PatternDocs {
  id: PatternId;
  /** A noun phrase naming the mistake, capitalised: "A boundary off by one". */
  title: string;
  docs: DetectorDocs;
}

export const PATTERN_DOCS: readonly PatternDocs[] = PATTERN_IDS.map((id) => {
  const detector = DETECTORS.find((d) => d.id === id);
  if (!detector) throw new Error(`no detector for pattern ${id}`);
  return { id, title: detector.title, docs: { ...detector.docs } };
});

const BY_ID = new Map(PATTERN_DOCS.map((entry) => [entry.id, entry]));

export function patternDocs(id: PatternId): PatternDocs {
  return BY_ID.get(id)!;
}
