// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatKb, ResultsTable } from '../../../web/src/features/solver/components/results-table';
import { complexityText, VerdictBanner } from '../../../web/src/features/solver/components/verdict-banner';
import type { JudgeOutput, TestResult } from '../../../web/src/types/api';

afterEach(cleanup);

const tests: TestResult[] = [
  {
    id: 't1',
    hidden: false,
    tags: [],
    status: 'passed',
    input: [[2, 7, 11, 15], 9],
    expected: [0, 1],
    actual: [0, 1],
    error: null,
    time_ms: 0.42,
    memory_kb: 640,
  },
  {
    id: 't2',
    hidden: false,
    tags: ['edge:duplicates'],
    status: 'failed',
    input: [[3, 3], 6],
    expected: [0, 1],
    actual: [0, 0],
    error: null,
    time_ms: 1.5,
    memory_kb: 1229,
  },
  { id: 'h1', hidden: true, tags: [], status: 'passed', error: null, time_ms: 0.3 },
  { id: 'h2', hidden: true, tags: ['edge:negatives'], status: 'failed', input: [[-1, -2], -3], expected: [0, 1], actual: null, error: null, time_ms: 0.2 },
  { id: 'h3', hidden: true, tags: [], status: 'failed', error: null, time_ms: 0.1 },
];

describe('ResultsTable', () => {
  it('shows every public test with its input, expected, actual and time', () => {
    render(<ResultsTable tests={tests} params={['nums', 'target']} />);
    const row = screen.getByTestId('test-t2');
    expect(within(row).getByText('Failed')).toBeTruthy();
    expect(within(row).getByText('nums = [3, 3], target = 6')).toBeTruthy();
    expect(within(row).getByText('[0, 0]')).toBeTruthy();
    expect(within(row).getByText('1.5 ms')).toBeTruthy();
    expect(row.className).toContain('row-failing');
    expect(within(screen.getByTestId('test-t1')).getByText('0.42 ms')).toBeTruthy();
  });

  it('shows the memory of each test beside its time, in KB or MB', () => {
    render(<ResultsTable tests={tests} params={['nums', 'target']} />);
    const header = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(header.slice(-2)).toEqual(['Time', 'Memory']);
    expect(screen.getByTestId('memory-t1').textContent).toBe('640 KB');
    expect(screen.getByTestId('memory-t2').textContent).toBe('1.2 MB');
    // The hidden test shown has no memory from the server here: a dash, as for a skipped test.
    expect(screen.getByTestId('memory-h2').textContent).toBe('—');
  });

  it('formats memory readably, a dash when it was not measured', () => {
    expect([0, 4, 1023, 1024, 3456, 37_976, 102_400, 262_144].map(formatKb)).toEqual([
      '0 KB',
      '4 KB',
      '1023 KB',
      '1.0 MB',
      '3.4 MB',
      '37.1 MB',
      '100 MB',
      '256 MB',
    ]);
    expect(formatKb(null)).toBe('—');
    expect(formatKb(undefined)).toBe('—');
  });

  it('shows only the first failing hidden test, and counts the others', () => {
    render(<ResultsTable tests={tests} params={['nums', 'target']} />);
    expect(screen.getByTestId('test-h2')).toBeTruthy();
    expect(screen.getByText('first failing hidden test')).toBeTruthy();
    expect(screen.queryByTestId('test-h1')).toBeNull();
    expect(screen.queryByTestId('test-h3')).toBeNull();
    expect(screen.getByText(/Hidden tests: 1 of 3 passed/)).toBeTruthy();
  });

  it('shows what a test printed, unfolded on a failing test', () => {
    const printed: TestResult[] = [
      { ...tests[0], stdout: 'checking 4 numbers\n' },
      { ...tests[1], stdout: 'checking 2 numbers\n' },
    ];
    render(<ResultsTable tests={printed} params={['nums', 'target']} />);
    expect(screen.getByTestId('stdout-t1').textContent).toBe('checking 4 numbers\n');
    expect(screen.getByTestId('stdout-t2').closest('details')?.open).toBe(true);
    expect(screen.getByTestId('stdout-t1').closest('details')?.open).toBe(false);
  });

  it('prints values the way Python does', () => {
    const test: TestResult = {
      id: 'py',
      hidden: false,
      tags: [],
      status: 'failed',
      input: [['a', null], true],
      expected: { k: [1.5] },
      actual: null,
      error: null,
      time_ms: 1,
    };
    render(<ResultsTable tests={[test]} params={['words', 'flag']} />);
    const row = screen.getByTestId('test-py');
    expect(within(row).getByText('words = ["a", None], flag = True')).toBeTruthy();
    expect(within(row).getByText('{"k": [1.5]}')).toBeTruthy();
    expect(within(row).getByText('None')).toBeTruthy();
  });

  it('shows values the server shortened as they are', () => {
    const test: TestResult = {
      id: 'large',
      hidden: false,
      tags: ['large'],
      status: 'passed',
      input: ['[0,1,2,3]... (50,000 items, omitted)', 7],
      expected: 1,
      actual: 1,
      error: null,
      time_ms: 30,
    };
    render(<ResultsTable tests={[test]} params={['nums', 'target']} />);
    expect(within(screen.getByTestId('test-large')).getByText('nums = [0,1,2,3]... (50,000 items, omitted), target = 7')).toBeTruthy();
  });

  it('shows the exception of a crashing test as its actual output', () => {
    const crash: TestResult = {
      id: 't9',
      hidden: false,
      tags: [],
      status: 'error',
      input: [[], 0],
      expected: [],
      error: { type: 'IndexError', message: 'list index out of range', line: 3 },
      time_ms: 0.1,
    };
    render(<ResultsTable tests={[crash]} />);
    expect(screen.getByText('IndexError: list index out of range')).toBeTruthy();
    expect(screen.getByText('Error')).toBeTruthy();
  });

  it('shortens huge inputs instead of printing them whole', () => {
    const big: TestResult = {
      id: 'big',
      hidden: false,
      tags: [],
      status: 'passed',
      input: [Array.from({ length: 50_000 }, (_, i) => i)],
      expected: 1,
      actual: 1,
      error: null,
      time_ms: 12,
    };
    render(<ResultsTable tests={[big]} params={['nums']} />);
    const cell = within(screen.getByTestId('test-big')).getByText(/^nums = \[0, 1, 2/);
    expect(cell.textContent.length).toBeLessThan(400);
    expect(cell.textContent).toContain('…');
  });
});

describe('VerdictBanner', () => {
  const result: JudgeOutput = {
    id: 'x',
    problem: 'two-sum',
    verdict: 'wrong_answer',
    passed: 9,
    total: 12,
    tests: [],
    patterns: [],
    complexity: { time: 'O(n^2)', optimal: 'O(n)', acceptable: 'O(n)', source: 'growth' },
    analysis: { status: 'complete' },
    feedback: null,
  };

  it('names the verdict, the count and the complexity against the acceptable class', () => {
    render(<VerdictBanner result={result} kind="submission" />);
    expect(screen.getByTestId('verdict').textContent).toBe('Wrong answer');
    expect(screen.getByText('9 / 12 tests passed')).toBeTruthy();
    expect(screen.getByTestId('complexity').textContent).toBe('yours: O(n^2) · acceptable: O(n)');
  });

  it('says the public tests passed after a run', () => {
    render(<VerdictBanner result={{ ...result, verdict: 'accepted', passed: 3, total: 3 }} kind="run" />);
    expect(screen.getByTestId('verdict').textContent).toBe('Public tests passed');
  });

  it('leaves the complexity out when it is unknown', () => {
    expect(complexityText(null)).toBeNull();
    expect(complexityText({ time: null, optimal: 'O(n)', acceptable: 'O(n)', source: null })).toBeNull();
  });
});
