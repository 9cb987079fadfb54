// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCreateSubmission } from '../../../web/src/features/solver/api/create-submission';
import { formatWhen, SubmissionHistory } from '../../../web/src/features/solver/components/submission-history';
import { setSession } from '../../../web/src/lib/auth-store';
import type { SubmissionSummary } from '../../../web/src/types/api';

// Monaco does not run in jsdom: the diff view stands in for what it was given.
vi.mock('../../../web/src/components/code-editor/code-diff', () => ({
  default: ({ original, modified, theme }: { original: string; modified: string; theme: string }) => (
    <div data-testid="diff" data-theme={theme}>
      <pre data-testid="diff-original">{original}</pre>
      <pre data-testid="diff-modified">{modified}</pre>
    </div>
  ),
}));

const OLD_CODE = 'def two_sum(nums, target):\n    return []\n';
const NEW_CODE = 'def two_sum(nums, target):\n    seen = {}\n';
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const rows: SubmissionSummary[] = [
  { id: '00000000-0000-4000-8000-000000000002', problem: 'two-sum', status: 'judged', verdict: 'accepted', passed: 12, total: 12, createdAt: minutesAgo(5) },
  {
    id: '00000000-0000-4000-8000-000000000001',
    problem: 'two-sum',
    status: 'judged',
    verdict: 'wrong_answer',
    passed: 9,
    total: 12,
    createdAt: minutesAgo(150),
  },
];
const codes: Record<string, string> = { [rows[0].id]: NEW_CODE, [rows[1].id]: OLD_CODE };

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The API as the panel reads it: the list of a problem's submissions and each one with its code. */
function stubApi(items: SubmissionSummary[] = rows) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (init?.method === 'POST')
      return json({ id: 'new', problem: 'two-sum', verdict: 'accepted', passed: 1, total: 1, tests: [], patterns: [], complexity: null, feedback: null }, 201);
    const path = new URL(url, 'http://localhost');
    if (path.pathname === '/api/submissions') return json({ items, total: items.length, page: 1, pageSize: 20 });
    const id = path.pathname.split('/').pop()!;
    return json({
      id,
      problem: 'two-sum',
      verdict: 'accepted',
      passed: 1,
      total: 1,
      tests: [],
      patterns: [],
      complexity: null,
      feedback: null,
      code: codes[id],
    });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function wrap(children: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

const listCalls = (fetch: ReturnType<typeof stubApi>) => fetch.mock.calls.filter(([url]) => String(url).startsWith('/api/submissions?')).length;

beforeEach(() => {
  setSession({ user: { id: 'u1', email: 'ada@example.com', createdAt: new Date().toISOString() }, accessToken: 'a', refreshToken: 'r' });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  setSession(null);
});

describe('SubmissionHistory', () => {
  it("lists the problem's submissions newest first with the verdict banner's labels, tests passed and when", async () => {
    const fetch = stubApi();
    render(wrap(<SubmissionHistory problem="two-sum" code={OLD_CODE} onRestore={() => {}} theme="light" />));
    expect(screen.getByRole('heading', { name: 'Your submissions' })).toBeTruthy();
    const list = await screen.findByRole('list');
    const items = within(list).getAllByRole('button');
    expect(items.map((item) => item.textContent)).toEqual(['Accepted 12/12 passed 5 minutes ago', 'Wrong answer 9/12 passed 2 hours ago']);
    expect(items[0].querySelector('.verdict-accepted')).toBeTruthy();
    expect(items[1].querySelector('.verdict-failed')).toBeTruthy();
    expect(fetch.mock.calls[0][0]).toBe('/api/submissions?problem=two-sum&page=1');
  });

  it('says so when the problem has no submissions yet', async () => {
    stubApi([]);
    render(wrap(<SubmissionHistory problem="two-sum" code="" onRestore={() => {}} theme="light" />));
    expect(await screen.findByText('No submissions yet for this problem.')).toBeTruthy();
  });

  it('opens a submission read-only and restores it into the editor once the learner confirms', async () => {
    stubApi();
    const onRestore = vi.fn();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    render(wrap(<SubmissionHistory problem="two-sum" code={NEW_CODE} onRestore={onRestore} theme="light" />));
    const item = await screen.findByRole('button', { name: /Wrong answer/ });
    fireEvent.click(item);
    expect(item.getAttribute('aria-expanded')).toBe('true');
    const shown = await screen.findByRole('region', { name: /^Code submitted .* \(read-only\)$/ });
    expect(shown.textContent).toBe(OLD_CODE);
    expect(item.getAttribute('aria-controls')).toBe(shown.parentElement!.id);

    const restore = screen.getByRole('button', { name: 'Restore into editor' });
    fireEvent.click(restore);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(onRestore).not.toHaveBeenCalled();
    fireEvent.click(restore);
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(onRestore).toHaveBeenCalledWith(OLD_CODE);
  });

  it('restores without asking when the editor already holds the same code', async () => {
    stubApi();
    const onRestore = vi.fn();
    const confirm = vi.spyOn(window, 'confirm');
    render(wrap(<SubmissionHistory problem="two-sum" code={OLD_CODE} onRestore={onRestore} theme="light" />));
    fireEvent.click(await screen.findByRole('button', { name: /Wrong answer/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Restore into editor' }));
    expect(confirm).not.toHaveBeenCalled();
    expect(onRestore).toHaveBeenCalledWith(OLD_CODE);
    expect(screen.getByRole('status').textContent).toBe('Restored into the editor.');
  });

  it("compares the submission's code (original) with the editor's code (modified), in the app's theme", async () => {
    stubApi();
    render(wrap(<SubmissionHistory problem="two-sum" code={NEW_CODE} onRestore={() => {}} theme="dark" />));
    fireEvent.click(await screen.findByRole('button', { name: /Wrong answer/ }));
    const compare = await screen.findByRole('button', { name: 'Compare with my code' });
    expect(compare.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(compare);
    expect(compare.getAttribute('aria-pressed')).toBe('true');
    expect((await screen.findByTestId('diff')).dataset.theme).toBe('dark');
    expect(screen.getByTestId('diff-original').textContent).toBe(OLD_CODE);
    expect(screen.getByTestId('diff-modified').textContent).toBe(NEW_CODE);
    fireEvent.click(compare);
    expect(screen.queryByTestId('diff')).toBeNull();
    expect(screen.getByLabelText(/^Code submitted/).textContent).toBe(OLD_CODE);
  });

  it('fetches the list again after a new submission', async () => {
    const fetch = stubApi();
    function SubmitButton() {
      const submit = useCreateSubmission();
      return (
        <button type="button" onClick={() => submit.mutate({ problem: 'two-sum', code: NEW_CODE })}>
          Submit
        </button>
      );
    }
    render(
      wrap(
        <>
          <SubmitButton />
          <SubmissionHistory problem="two-sum" code={NEW_CODE} onRestore={() => {}} theme="light" />
        </>,
      ),
    );
    await screen.findByRole('list');
    expect(listCalls(fetch)).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(listCalls(fetch)).toBe(2));
  });

  it('asks a signed-out visitor to sign in and requests nothing', () => {
    setSession(null);
    const fetch = stubApi();
    render(wrap(<SubmissionHistory problem="two-sum" code="" onRestore={() => {}} theme="light" />));
    expect(screen.getByText(/Sign in to keep your submissions/)).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('formatWhen', () => {
  const now = Date.parse('2025-03-10T12:00:00Z');
  it.each([
    ['2025-03-10T11:59:30Z', 'just now'],
    ['2025-03-10T11:55:00Z', '5 minutes ago'],
    ['2025-03-10T09:00:00Z', '3 hours ago'],
    ['2025-03-10T10:31:00Z', '1 hour ago'],
    ['2025-03-09T12:00:00Z', 'yesterday'],
  ])('says %s as "%s"', (iso, text) => {
    expect(formatWhen(iso, now)).toBe(text);
  });

  it('gives the local date and time past a week', () => {
    expect(formatWhen('2025-01-02T08:30:00Z', now)).toBe(
      new Date('2025-01-02T08:30:00Z').toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
    );
  });
});
