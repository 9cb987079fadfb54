// The checks over the whole problem set: unique slugs, exactly the 30 required problems of
// required-problems.ts, and 15 arrays / 8 strings / 7 hash maps. Problems that failed to load are
// still present as folders, but cannot be counted by category.
import { CATEGORIES, type Problem } from '../../api/src/modules/problems/problem-schema.js';
import { REQUIRED_CATEGORY_COUNTS, REQUIRED_PROBLEMS } from './required-problems.js';
import { outcomeOf, type CheckOutcome, type SetCheck } from './validation-result.js';

export function checkProblemSet(folderSlugs: string[], loaded: Problem[]): Record<SetCheck, CheckOutcome> {
  return {
    'unique-slugs': checkUniqueSlugs(loaded),
    'required-set': checkRequiredSet(folderSlugs),
    categories: checkCategoryCounts(loaded, folderSlugs.length - loaded.length),
  };
}

function checkUniqueSlugs(loaded: Problem[]): CheckOutcome {
  const seen = new Map<string, number>();
  for (const problem of loaded) seen.set(problem.slug, (seen.get(problem.slug) ?? 0) + 1);
  return outcomeOf([...seen].filter(([, count]) => count > 1).map(([slug, count]) => `slug "${slug}" is used by ${count} problems`));
}

function checkRequiredSet(folderSlugs: string[]): CheckOutcome {
  const present = new Set(folderSlugs);
  const required = new Set(REQUIRED_PROBLEMS.map((p) => p.slug));
  const missing = REQUIRED_PROBLEMS.filter((p) => !present.has(p.slug)).map(
    (p) => `problems/${p.slug} is missing (${p.category}, entry point ${p.entryPoint})`,
  );
  const extra = folderSlugs.filter((slug) => !required.has(slug)).map((slug) => `problems/${slug} is not one of the ${required.size} required problems`);
  return outcomeOf([...missing, ...extra]);
}

function checkCategoryCounts(loaded: Problem[], unloadable: number): CheckOutcome {
  const counts = CATEGORIES.map((category) => [category, loaded.filter((p) => p.category === category).length] as const);
  const wrong = counts.filter(([category, count]) => count !== REQUIRED_CATEGORY_COUNTS[category]);
  if (wrong.length === 0) return outcomeOf([]);
  const summary = counts.map(([category, count]) => `${category} ${count} of ${REQUIRED_CATEGORY_COUNTS[category]}`).join(', ');
  return outcomeOf([`${summary}${unloadable > 0 ? ` (${unloadable} problems failed to load and are not counted)` : ''}`]);
}
