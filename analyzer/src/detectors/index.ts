// Every detector, in one visible list sorted by pattern id. Adding a detector means adding a
// file named after its id and a line here.
import type { Detector } from './detector.js';
import { inefficientLoop } from './inefficient-loop.js';
import { missingEdgeCase } from './missing-edge-case.js';
import { missingValidation } from './missing-validation.js';
import { offByOne } from './off-by-one.js';
import { suboptimalComplexity } from './suboptimal-complexity.js';
import { wrongDataStructure } from './wrong-data-structure.js';

export const DETECTORS: readonly Detector[] = [inefficientLoop, missingEdgeCase, missingValidation, offByOne, suboptimalComplexity, wrongDataStructure];
