// Each detector query against a table of Python snippets it must match (with the captured text) and near misses it must not:
// this pins down what each .scm file's top comment promises, and a new query without a table fails the suite.
import { describe, expect, it } from 'vitest';
import { QUERY_SOURCES, type QueryName } from '../../analyzer/src/detectors/queries.generated.js';
import { parsePython } from '../../analyzer/src/parse.js';
import { runQueries } from '../../analyzer/src/queries.js';

/** Expected text of captures, by capture name: the outer one (`finding`, `guard` or `table`) and one more. */
type Captures = Record<string, string>;

interface QueryTable {
  /** A plain sentence, the snippet, and the captures of one of the matches it must produce. */
  matches: Array<[sentence: string, code: string, captures: Captures]>;
  /** A plain sentence and a snippet on which the query must find nothing. */
  misses: Array<[sentence: string, code: string]>;
}

const OUTER = ['finding', 'guard', 'table'];

const TABLES: Record<string, QueryTable> = {
  'boundary-element': {
    matches: [
      ['`nums[0]` reads the first element', 'first = nums[0]', { finding: 'nums[0]', index: '0' }],
      ['`stack[-1]` reads the last element', 'if stack and stack[-1] == "(":\n    stack.pop()', { finding: 'stack[-1]', index: '-1' }],
      ['`max(prices)` takes the largest of a whole list', 'best = max(prices)', { finding: 'max(prices)', sequence: 'prices' }],
      ['`total / len(nums)` divides by a length', 'avg = total / len(nums)', { finding: 'total / len(nums)', sequence: 'nums' }],
    ],
    misses: [
      ['`nums[i]` reads an element at a variable index', 'x = nums[i]'],
      ['`self.items[0]` reads through an attribute', 'def peek(self):\n    return self.items[0]'],
      ['`max(best, cur)` compares two values', 'best = max(best, cur)'],
      ['`max(nums, key=abs)` passes a keyword too', 'far = max(nums, key=abs)'],
      ['`len(nums) // 2` divides a length, not by one', 'mid = len(nums) // 2'],
    ],
  },
  'count-bound': {
    matches: [
      ['`scores[:k]` takes the first k items', 'top = scores[:k]', { finding: 'scores[:k]', bound: ':k' }],
      ['`nums[-k:]` takes the last k items', 'tail = nums[-k:]', { finding: 'nums[-k:]', bound: '-k:' }],
      [
        '`range(n - k, n)` loops over the last k indices',
        'for i in range(n - k, n):\n    total += nums[i]',
        { finding: 'range(n - k, n)', bound: '(n - k, n)' },
      ],
    ],
    misses: [
      ['`heapq.nlargest(k, nums)` takes k items without a slice', 'return heapq.nlargest(k, nums)'],
      ['`islice(nums, k)` takes k items without a slice', 'first = list(islice(nums, k))'],
      ['`np.arange(k)` is not the built-in range', 'idx = np.arange(k)'],
    ],
  },
  'count-slice': {
    matches: [
      ['`nums[-k:]` assumes k is at most the length', 'tail = nums[-k:]', { finding: 'nums[-k:]', count: 'k' }],
      ['`nums[:-k]` drops the last k items', 'head = nums[:-k]', { finding: 'nums[:-k]', count: 'k' }],
      [
        '`nums[len(nums) - k:]` spells the same slice out',
        'return nums[len(nums) - k:] + nums[:len(nums) - k]',
        { finding: 'nums[len(nums) - k:]', count: 'k' },
      ],
    ],
    misses: [
      ['`nums[-1:]` slices by a literal', 'last = nums[-1:]'],
      ['`nums[-k]` is an index, not a slice', 'kth = nums[-k]'],
      ['`nums[-(k % n):]` reduces the count first', 'k %= n\nreturn nums[-(k % n):]'],
      ['`nums[n - k:]` subtracts from a name, not from `len`', 'return nums[n - k:]'],
    ],
  },
  'emptiness-guard': {
    matches: [
      ['`if not nums:` guards the empty list', 'if not nums:\n    return 0', { guard: 'if not nums:\n    return 0', sequence: 'nums' }],
      ['`if len(nums) < 2:` guards short inputs', 'if len(nums) < 2:\n    return nums', { guard: 'if len(nums) < 2:\n    return nums', sequence: 'nums' }],
      [
        '`if stack and ...` runs only for a non-empty stack',
        'if stack and stack[-1] == "(":\n    stack.pop()',
        { guard: 'if stack and stack[-1] == "(":\n    stack.pop()', sequence: 'stack' },
      ],
      [
        '`if k > len(nums) or not nums:` guards the empty case among other conditions',
        'if k > len(nums) or not nums:\n    return []',
        { guard: 'if k > len(nums) or not nums:\n    return []', sequence: 'nums' },
      ],
    ],
    misses: [
      ['`if nums is None:` checks for None, not for emptiness', 'if nums is None:\n    return 0'],
      ['`if len(nums) == k:` compares the length with a name', 'if len(nums) == k:\n    return nums'],
      ['`nums[0] if nums else None` is a conditional expression', 'return nums[0] if nums else None'],
      ['`while queue:` is a loop condition', 'while queue:\n    node = queue.popleft()'],
      ['`if not self.items:` tests an attribute', 'def is_empty(self):\n    if not self.items:\n        return True'],
    ],
  },
  'front-of-list': {
    matches: [
      ['`queue.pop(0)` takes the front of a list', 'node = queue.pop(0)', { finding: 'queue.pop(0)', container: 'queue' }],
      ['`result.insert(0, digit)` prepends', 'result.insert(0, digit)', { finding: 'result.insert(0, digit)', container: 'result' }],
      ['`del window[0]` drops the front of a window', 'if len(window) > k:\n    del window[0]', { finding: 'del window[0]', container: 'window' }],
      [
        '`self.queue.pop(0)` takes the front through an attribute',
        'def dequeue(self):\n    return self.queue.pop(0)',
        { finding: 'self.queue.pop(0)', container: 'self.queue' },
      ],
    ],
    misses: [
      ['`stack.pop()` takes the back', 'top = stack.pop()'],
      ['`queue.popleft()` is a deque method', 'node = queue.popleft()'],
      ['`stack.pop(-1)` takes the back explicitly', 'top = stack.pop(-1)'],
      ['`result.insert(i, x)` inserts at a variable position', 'result.insert(i, x)'],
      ['`del window[-1]` drops the back', 'del window[-1]'],
    ],
  },
  'index-lower-bound': {
    matches: [
      [
        '`i > 0` keeps an insertion sort off index 0',
        'while i > 0 and nums[i - 1] > key:\n    nums[i] = nums[i - 1]\n    i -= 1',
        { finding: 'i > 0', index: 'i' },
      ],
      ['`0 < i` states the same bound from the left', 'if 0 < i and s[i] == s[i - 1]:\n    continue', { finding: '0 < i', index: 'i' }],
    ],
    misses: [
      ['`i >= 0` lets index 0 in', 'while i >= 0:\n    i -= 1'],
      ['`i > 1` is not a bound at zero', 'if i > 1:\n    pass'],
      ['`len(nums) > 0` compares a length, not an index', 'if len(nums) > 0:\n    first = nums[0]'],
      ['`nums[i] > 0` compares a value, not an index', 'if nums[i] > 0:\n    total += nums[i]'],
    ],
  },
  'index-upper-bound-loop': {
    matches: [
      [
        '`while i <= len(nums):` lets the index reach the length',
        'while i <= len(nums):\n    i += 1',
        { finding: 'while i <= len(nums):\n    i += 1', bound: 'len(nums)' },
      ],
      [
        '`while j <= n and ...` lets the index reach n',
        'while j <= n and nums[j] != target:\n    j += 1',
        { finding: 'while j <= n and nums[j] != target:\n    j += 1', index: 'j' },
      ],
    ],
    misses: [
      ['`while i < len(nums):` stops before the length', 'while i < len(nums):\n    i += 1'],
      ['`if i <= len(nums):` is not a loop', 'if i <= len(nums):\n    i += 1'],
      ['`while nums[i] <= target:` compares a value, not an index', 'while nums[i] <= target:\n    i += 1'],
      ['`while len(nums) >= i:` states the bound from the other side', 'while len(nums) >= i:\n    i += 1'],
      ['`while ok and i <= n:` puts the bound second', 'while ok and i <= n:\n    i += 1'],
    ],
  },
  'linear-list-methods': {
    matches: [
      ['`nums.index(target)` walks the list', 'pos = nums.index(target)', { finding: 'nums.index(target)', container: 'nums' }],
      ['`window.remove(...)` walks the list', 'window.remove(nums[i - k])', { finding: 'window.remove(nums[i - k])', container: 'window' }],
      ['`bits.count(1)` walks the list', 'ones = bits.count(1)', { finding: 'bits.count(1)', method: 'count' }],
    ],
    misses: [
      ['`nums.pop()` takes the last item', 'last = nums.pop()'],
      ['`bisect_left(nums, target)` is a function, not a method', 'pos = bisect_left(nums, target)'],
      ['`seen.discard(x)` is a method the query does not list', 'seen.discard(x)'],
      ['`del nums[i]` removes by position without a call', 'del nums[i]'],
    ],
  },
  'lowercase-table': {
    matches: [
      ['`ord(c) - ord("a")` indexes by lowercase letter', 'idx = ord(c) - ord("a")', { finding: 'ord(c) - ord("a")', base: '"a"' }],
      [
        "`counts[ord(ch) - ord('a')] += 1` counts lowercase letters",
        "for ch in s:\n    counts[ord(ch) - ord('a')] += 1",
        { finding: "ord(ch) - ord('a')", base: "'a'" },
      ],
      ['`[0] * 26` is a table of lowercase letters', 'counts = [0] * 26', { table: '[0] * 26', size: '26' }],
    ],
    misses: [
      ['`ord(c) - 97` subtracts a number, not a letter', 'idx = ord(c) - 97'],
      ['`[0] * 128` is a table of all ASCII', 'counts = [0] * 128'],
      ['`[0 for _ in range(26)]` builds the table by comprehension', 'counts = [0 for _ in range(26)]'],
      ['`ord(c) - ord(base)` subtracts a variable letter', 'idx = ord(c) - ord(base)'],
    ],
  },
  'membership-test': {
    matches: [
      ['`target - x in seen` is a membership test', 'for x in nums:\n    if target - x in seen:\n        return True', { finding: 'target - x in seen' }],
      ['`c not in vowels` is a membership test', 'if c not in vowels:\n    count += 1', { finding: 'c not in vowels' }],
    ],
    misses: [
      ['`for x in nums:` iterates, it tests nothing', 'for x in nums:\n    total += x'],
      ['`[x for x in nums if x > 0]` filters by a comparison', 'pos = [x for x in nums if x > 0]'],
      ['`x is not None` is an identity test', 'if x is not None:\n    seen.add(x)'],
      ['`counts.get(x)` looks up a key without `in`', 'if counts.get(x):\n    pairs += 1'],
    ],
  },
  'order-comparison': {
    matches: [
      ['`nums[mid] < target` orders values', 'if nums[mid] < target:\n    lo = mid + 1', { finding: 'nums[mid] < target', operator: '<' }],
      ['`lo <= hi` orders two pointers', 'while lo <= hi:\n    mid = (lo + hi) // 2', { finding: 'lo <= hi', operator: '<=' }],
      ['`s[i] == s[i - 1]` finds neighbouring duplicates', 'if s[i] == s[i - 1]:\n    continue', { finding: 's[i] == s[i - 1]', operator: '==' }],
    ],
    misses: [
      ['`x in seen` is a membership test', 'if x in seen:\n    return x'],
      ['`node is None` is an identity test', 'if node is None:\n    return 0'],
      ['`max(best, cur)` orders values without an operator', 'best = max(best, cur)'],
      ['`not stack` tests emptiness', 'if not stack:\n    return False'],
    ],
  },
  'pointer-search-loop': {
    matches: [
      [
        '`while lo < hi:` is a binary search loop',
        'while lo < hi:\n    mid = (lo + hi) // 2',
        { finding: 'while lo < hi:\n    mid = (lo + hi) // 2', low: 'lo' },
      ],
      [
        '`while left <= right:` is a two-pointer loop',
        'while left <= right:\n    left += 1',
        { finding: 'while left <= right:\n    left += 1', operator: '<=' },
      ],
    ],
    misses: [
      ['`while lo < len(nums):` bounds one pointer by a length', 'while lo < len(nums):\n    lo += 1'],
      ['`while i < n and ...` adds a second condition', 'while i < n and nums[i] != target:\n    i += 1'],
      ['`if lo < hi:` is not a loop', 'if lo < hi:\n    lo += 1'],
      ['`while hi > lo:` compares the other way round', 'while hi > lo:\n    hi -= 1'],
      ['`while lo + 1 < hi:` compares an expression', 'while lo + 1 < hi:\n    mid = (lo + hi) // 2'],
    ],
  },
  'prepend-concatenation': {
    matches: [
      ['`result = str(d) + result` prepends to a string', 'result = str(d) + result', { finding: 'result = str(d) + result', target: 'result' }],
      ['`path = [node] + path` prepends to a list', 'path = [node] + path', { finding: 'path = [node] + path', accumulated: 'path' }],
      ['`items = items + [x]` copies the list to append', 'items = items + [x]', { finding: 'items = items + [x]', target: 'items' }],
    ],
    misses: [
      ['`result += digit` extends in place', 'result += digit'],
      ['`merged = [x] + rest` builds a new name', 'merged = [x] + rest'],
      ['`self.path = [node] + self.path` assigns an attribute', 'self.path = [node] + self.path'],
      ['`text = text + "!"` appends a literal string', 'text = text + "!"'],
    ],
  },
  'range-loop': {
    matches: [
      [
        '`for i in range(len(xs) - 1)` is a range loop',
        'for i in range(len(xs) - 1):\n    total += xs[i]',
        { finding: 'for i in range(len(xs) - 1):\n    total += xs[i]', bounds: '(len(xs) - 1)' },
      ],
      [
        '`for j in range(i + 1, n)` is a range loop',
        'for j in range(i + 1, n):\n    pairs += 1',
        { finding: 'for j in range(i + 1, n):\n    pairs += 1', index: 'j' },
      ],
    ],
    misses: [
      ['`for i, x in enumerate(xs)` is not a range loop', 'for i, x in enumerate(xs):\n    total += i * x'],
      ['`for x in xs` is not a range loop', 'for x in xs:\n    total += x'],
      ['`[i for i in range(n)]` is a comprehension, not a loop statement', 'squares = [i * i for i in range(n)]'],
      ['`for i in reversed(range(n))` loops over a reversed range', 'for i in reversed(range(n)):\n    total += xs[i]'],
    ],
  },
  slicing: {
    matches: [
      ['`nums[1:]` copies all but the first item', 'rest = nums[1:]', { finding: 'nums[1:]', sequence: 'nums' }],
      ['`s[::-1]` copies the string reversed', 'return s == s[::-1]', { finding: 's[::-1]', sequence: 's' }],
      ['`nums[:mid]` copies the left half', 'left = merge_sort(nums[:mid])', { finding: 'nums[:mid]', sequence: 'nums' }],
    ],
    misses: [
      ['`nums[i]` reads one item', 'x = nums[i]'],
      ['`list(nums)` copies without a slice', 'copy = list(nums)'],
      ['`grid[i][j]` reads one cell', 'cell = grid[i][j]'],
      ['`range(1, len(nums))` is a loop range, not a slice', 'for i in range(1, len(nums)):\n    total += i'],
    ],
  },
  'sort-call': {
    matches: [
      ['`nums.sort()` sorts in place', 'nums.sort()', { finding: 'nums.sort()', container: 'nums' }],
      [
        '`intervals.sort(key=...)` sorts by a key',
        'intervals.sort(key=lambda iv: iv[0])',
        { finding: 'intervals.sort(key=lambda iv: iv[0])', container: 'intervals' },
      ],
      ['`sorted(s)` sorts into a new list', 'return sorted(s) == sorted(t)', { finding: 'sorted(s)', container: 's' }],
    ],
    misses: [
      ['`heapq.heapify(nums)` builds a heap, not a sorted list', 'heapq.heapify(nums)'],
      ['`bisect.insort(window, x)` keeps a list sorted', 'bisect.insort(window, x)'],
      ['`nums.reverse()` reverses without sorting', 'nums.reverse()'],
      ['`is_sorted(nums)` is a helper, not a sort', 'if is_sorted(nums):\n    return True'],
    ],
  },
  'value-lookup': {
    matches: [
      ['`nums.index(target)` raises when the target is absent', 'i = nums.index(target)', { finding: 'nums.index(target)', sequence: 'nums' }],
      ['`order.index(word[0])` looks a letter up', 'rank = order.index(word[0])', { finding: 'order.index(word[0])', sequence: 'order' }],
    ],
    misses: [
      ['`s.find(c)` returns -1 instead of raising', 'i = s.find(c)'],
      ['`positions.get(target, -1)` has a default', 'i = positions.get(target, -1)'],
      ['a scan with `enumerate` finds the position by hand', 'for i, x in enumerate(nums):\n    if x == target:\n        return i'],
    ],
  },
  'whole-sequence-scan': {
    matches: [
      ['`sum(nums)` passes over the whole list', 'total = sum(nums)', { finding: 'sum(nums)', sequence: 'nums' }],
      ['`max(words, key=len)` passes over the whole list with a key', 'longest = max(words, key=len)', { finding: 'max(words, key=len)', sequence: 'words' }],
      ['`Counter(s)` passes over the whole string', 'counts = Counter(s)', { finding: 'Counter(s)', sequence: 's' }],
      ['`text.split()` passes over the whole string', 'words = text.split()', { finding: 'text.split()', sequence: 'text' }],
    ],
    misses: [
      ['`max(a, b)` compares two values', 'best = max(a, b)'],
      ['`any(x < 0 for x in nums)` passes a generator, not an argument list', 'if any(x < 0 for x in nums):\n    return False'],
      ['`len(nums)` is constant time', 'n = len(nums)'],
      ['`min(nums, key=abs, default=0)` passes two keywords', 'closest = min(nums, key=abs, default=0)'],
    ],
  },
};

/** Each match of the query on the code, as the text of its captures. */
function matchesOf(name: QueryName, code: string): Captures[] {
  const matches = runQueries(parsePython(code)).get(name) ?? [];
  return matches.map((m) => Object.fromEntries(Object.entries(m.captures).map(([capture, node]) => [capture, node.text])));
}

/** The capture names a query source declares. */
function capturesIn(source: string): Set<string> {
  return new Set([...source.replace(/^;.*$/gm, '').matchAll(/@([\w-]+)/g)].map((m) => m[1]));
}

const NAMES = Object.keys(QUERY_SOURCES) as QueryName[];

it('has a table for no query that does not exist', () => {
  expect(Object.keys(TABLES).filter((name) => !(name in QUERY_SOURCES))).toEqual([]);
});

describe.each(NAMES)('query %s', (name) => {
  const table = TABLES[name] as QueryTable | undefined;
  const declared = capturesIn(QUERY_SOURCES[name]);
  const others = [...declared].filter((c) => !OUTER.includes(c));

  it('has a table of at least two matches and two near misses, naming captures the query declares', () => {
    expect(table, `add ${name} to TABLES in tests/analyzer/query-table.test.ts`).toBeDefined();
    if (!table) return;
    expect(table.matches.length).toBeGreaterThanOrEqual(2);
    expect(table.misses.length).toBeGreaterThanOrEqual(2);
    for (const [sentence, , captures] of table.matches) {
      const names = Object.keys(captures);
      for (const capture of names) expect(declared.has(capture), `${sentence}: @${capture}`).toBe(true);
      expect(
        names.some((c) => OUTER.includes(c)),
        `${sentence}: the outer capture`,
      ).toBe(true);
      if (others.length > 0)
        expect(
          names.some((c) => others.includes(c)),
          `${sentence}: a capture besides the outer one`,
        ).toBe(true);
    }
  });

  if (!table) return;

  it.each(table.matches)('%s', (_sentence, code, captures) => {
    expect(matchesOf(name, code)).toContainEqual(expect.objectContaining(captures));
  });

  it.each(table.misses)('%s', (_sentence, code) => {
    expect(matchesOf(name, code)).toEqual([]);
  });
});
