// The detectors' documentation as the API serves it: the analyzer keeps it as data beside each
// detector, so the "learn more" the learner reads is the detector's own.
import { DETECTORS } from '../../../../analyzer/src/detectors/index.js';

export interface PatternDocs {
  id: string;
  title: string;
  docs: { what: string; why: string; example: string; better: string; knownMisses: string };
}

export function listPatternDocs(): PatternDocs[] {
  return [...DETECTORS]
    .map((detector) => ({ id: detector.id, title: detector.title, docs: { ...detector.docs } }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
