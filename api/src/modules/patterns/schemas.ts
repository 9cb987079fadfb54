// The error-pattern catalogue: each pattern's id, title and why it matters, as its detector
// documents them, with the rest of that documentation (the web app's "learn more").
import { PATTERN_IDS, type PatternDocs } from '../../../../analyzer/src/index.js';
import { patternIdSchema } from '../../schemas/common.js';

const docs = {
  type: 'object',
  additionalProperties: false,
  required: ['what', 'why', 'plainWhy', 'expertWhy', 'example', 'better', 'knownMisses'],
  properties: {
    what: { type: 'string', description: 'What the pattern is, in one or two sentences' },
    why: { type: 'string', description: 'Why it matters to the learner' },
    plainWhy: { type: 'string', description: 'The same reason for a reader new to the topic' },
    expertWhy: { type: 'string', description: 'The same reason in an experienced engineer’s terms' },
    example: { type: 'string', description: 'A short Python example showing it' },
    better: { type: 'string', description: 'The better way, as Python' },
    knownMisses: { type: 'string', description: 'What the detector does not catch' },
  },
} as const;

const pattern = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'why', 'docs'],
  properties: {
    id: patternIdSchema,
    title: { type: 'string', description: 'A noun phrase naming the mistake, capitalised' },
    why: { type: 'string', description: 'Why it matters (the same text as docs.why)' },
    docs,
  },
} as const;

export const listPatternsSchema = {
  tags: ['patterns'],
  summary: 'The six error patterns, in a fixed order, with their detectors’ titles and documentation',
  response: {
    200: {
      type: 'object',
      additionalProperties: false,
      required: ['items'],
      properties: { items: { type: 'array', items: pattern, minItems: PATTERN_IDS.length, maxItems: PATTERN_IDS.length } },
    },
  },
} as const;

export interface PatternItem {
  id: PatternDocs['id'];
  title: string;
  why: string;
  docs: PatternDocs['docs'];
}

export interface PatternsReply {
  items: PatternItem[];
}
