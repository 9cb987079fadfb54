// The 30 problems every release must hold: outside tools call the judge with these slugs, so
// their slug, entry point, comparator, classes and category are a promise kept here, in one
// table. The validator compares each problem folder with its row.
import type { TimeClass } from '../../analyzer/src/index.js';
import type { Category, ComparatorName } from '../../api/src/modules/problems/problem-schema.js';

export interface RequiredProblem {
  slug: string;
  entryPoint: string;
  comparator: ComparatorName;
  optimal: TimeClass;
  acceptable: TimeClass;
  category: Category;
}

type Row = [slug: string, entryPoint: string, comparator: ComparatorName, optimal: TimeClass, acceptable: TimeClass];

const ARRAYS: Row[] = [
  ['binary-search', 'binary_search', 'exact', 'O(log n)', 'O(log n)'],
  ['missing-number', 'missing_number', 'exact', 'O(n)', 'O(n)'],
  ['move-zeroes', 'move_zeroes', 'exact', 'O(n)', 'O(n)'],
  ['best-time-to-buy-and-sell-stock', 'max_profit', 'exact', 'O(n)', 'O(n)'],
  ['merge-sorted-arrays', 'merge_sorted', 'exact', 'O(n)', 'O(n log n)'],
  ['squares-of-a-sorted-array', 'sorted_squares', 'exact', 'O(n)', 'O(n log n)'],
  ['remove-duplicates-from-sorted-array', 'remove_duplicates', 'exact', 'O(n)', 'O(n)'],
  ['maximum-subarray', 'max_subarray', 'exact', 'O(n)', 'O(n)'],
  ['product-of-array-except-self', 'product_except_self', 'exact', 'O(n)', 'O(n)'],
  ['rotate-array', 'rotate', 'exact', 'O(n)', 'O(n)'],
  ['merge-intervals', 'merge_intervals', 'exact', 'O(n log n)', 'O(n log n)'],
  ['search-in-rotated-sorted-array', 'search_rotated', 'exact', 'O(log n)', 'O(log n)'],
  ['container-with-most-water', 'max_area', 'exact', 'O(n)', 'O(n)'],
  ['three-sum', 'three_sum', 'unordered', 'O(n^2)', 'O(n^2)'],
  ['trapping-rain-water', 'trap', 'exact', 'O(n)', 'O(n)'],
];

const STRINGS: Row[] = [
  ['valid-palindrome', 'is_palindrome', 'exact', 'O(n)', 'O(n)'],
  ['reverse-words', 'reverse_words', 'exact', 'O(n)', 'O(n)'],
  ['longest-common-prefix', 'longest_common_prefix', 'exact', 'O(n)', 'O(n log n)'],
  ['valid-parentheses', 'is_valid_parentheses', 'exact', 'O(n)', 'O(n)'],
  ['longest-substring-without-repeating-characters', 'length_of_longest_substring', 'exact', 'O(n)', 'O(n)'],
  ['palindromic-substrings', 'count_palindromic_substrings', 'exact', 'O(n^2)', 'O(n^2)'],
  ['run-length-encoding', 'run_length_encode', 'exact', 'O(n)', 'O(n)'],
  ['minimum-window-substring', 'min_window', 'exact', 'O(n)', 'O(n)'],
];

const HASH_MAPS: Row[] = [
  ['two-sum', 'two_sum', 'unordered', 'O(n)', 'O(n)'],
  ['contains-duplicate', 'contains_duplicate', 'exact', 'O(n)', 'O(n log n)'],
  ['valid-anagram', 'is_anagram', 'exact', 'O(n)', 'O(n log n)'],
  ['group-anagrams', 'group_anagrams', 'unordered-nested', 'O(n)', 'O(n log n)'],
  ['top-k-frequent-elements', 'top_k_frequent', 'unordered', 'O(n)', 'O(n log n)'],
  ['longest-consecutive-sequence', 'longest_consecutive', 'exact', 'O(n)', 'O(n log n)'],
  ['subarray-sum-equals-k', 'subarray_sum', 'exact', 'O(n)', 'O(n)'],
];

const withCategory =
  (category: Category) =>
  (rows: Row[]): RequiredProblem[] =>
    rows.map(([slug, entryPoint, comparator, optimal, acceptable]) => ({ slug, entryPoint, comparator, optimal, acceptable, category }));

export const REQUIRED_PROBLEMS: readonly RequiredProblem[] = [
  ...withCategory('arrays')(ARRAYS),
  ...withCategory('strings')(STRINGS),
  ...withCategory('hash-maps')(HASH_MAPS),
];

/** How many problems each category holds in the required set (15 / 8 / 7). */
export const REQUIRED_CATEGORY_COUNTS: Readonly<Record<Category, number>> = {
  arrays: ARRAYS.length,
  strings: STRINGS.length,
  'hash-maps': HASH_MAPS.length,
};

export const requiredProblem = (slug: string): RequiredProblem | undefined => REQUIRED_PROBLEMS.find((p) => p.slug === slug);
