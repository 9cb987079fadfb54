// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeEvidence, FindingCard } from '../../../web/src/features/findings/components/finding-card';
import type { Finding, PatternSummary } from '../../../web/src/types/api';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function wrap(children: ReactNode) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

const finding: Finding = {
  id: 'off-by-one',
  severity: 'critical',
  confidence: 0.9,
  line: 4,
  message: 'The loop stops one element early.',
  evidence: ['static', 'test:t7'],
};

const docs: PatternSummary = {
  id: 'off-by-one',
  title: 'Off by one',
  why: 'Ends get tested first.',
  docs: {
    what: 'A boundary is wrong by one.',
    why: 'Ends get tested first.',
    plainWhy: 'The ends are where it breaks.',
    expertWhy: 'Boundary conditions first.',
    example: 'range(len(a) - 1)',
    better: 'range(len(a))',
    knownMisses: 'Value arithmetic.',
  },
};

describe('FindingCard', () => {
  it('is colored by severity and shows the message, confidence and evidence', () => {
    const { container } = render(wrap(<FindingCard finding={finding} index={0} />));
    expect(container.querySelector('article')!.className).toContain('finding-critical');
    expect(screen.getByText('Critical')).toBeTruthy();
    expect(screen.getByText('The loop stops one element early.')).toBeTruthy();
    expect(screen.getByText('90%', { exact: false })).toBeTruthy();
    expect(screen.getByText('seen in the code')).toBeTruthy();
    expect(screen.getByText('test t7')).toBeTruthy();
  });

  it.each([
    ['warning', 'finding-warning'],
    ['info', 'finding-info'],
  ] as const)('uses the %s color', (severity, className) => {
    const { container } = render(wrap(<FindingCard finding={{ ...finding, severity }} index={0} />));
    expect(container.querySelector('article')!.className).toContain(className);
  });

  it('jumps to its line when the card or its line button is clicked', () => {
    const onJump = vi.fn();
    const { container } = render(wrap(<FindingCard finding={finding} index={0} onJump={onJump} />));
    fireEvent.click(container.querySelector('.finding-message')!);
    fireEvent.click(screen.getByRole('button', { name: 'Line 4' }));
    expect(onJump).toHaveBeenCalledTimes(2);
    expect(onJump).toHaveBeenCalledWith(4);
  });

  it("shows the detector's documentation as learn more", () => {
    render(wrap(<FindingCard finding={finding} index={0} docs={docs} />));
    expect(screen.getByText('Learn more about off by one')).toBeTruthy();
    expect(screen.getByText('A boundary is wrong by one.')).toBeTruthy();
    expect(screen.getByText('range(len(a))')).toBeTruthy();
  });

  it('records a dispute with an optional comment', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ id: 'd1' }), { status: 201, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    render(wrap(<FindingCard finding={finding} index={2} submissionId="sub-1" />));
    fireEvent.click(screen.getByRole('button', { name: 'This finding is wrong' }));
    fireEvent.change(screen.getByLabelText('What is wrong with it? (optional)'), { target: { value: 'my loop is fine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send report' }));
    await waitFor(() => expect(screen.getByText(/your report was recorded/)).toBeTruthy());
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/submissions/sub-1/findings/2/dispute');
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body as string)).toEqual({ comment: 'my loop is fine' });
  });

  it('has no dispute control for a run (nothing recorded to dispute)', () => {
    render(wrap(<FindingCard finding={finding} index={0} />));
    expect(screen.queryByRole('button', { name: 'This finding is wrong' })).toBeNull();
  });

  it('shows code spans of the message as code', () => {
    const { container } = render(wrap(<FindingCard finding={{ ...finding, message: 'the loop over `range(len(a) - 1)` stops early' }} index={0} />));
    expect(container.querySelector('.finding-message code')?.textContent).toBe('range(len(a) - 1)');
    expect(container.querySelector('.finding-message')?.textContent).toBe('the loop over range(len(a) - 1) stops early');
  });

  it('describes each kind of evidence', () => {
    expect(describeEvidence('growth')).toBe('measured growth');
    expect(describeEvidence('mutant:off-by-one-upper')).toBe('matches a known mistake (off by one upper)');
    expect(describeEvidence('variant:range-stop')).toBe('your code passes with this range stop moved by one');
    expect(describeEvidence('probe:sorted')).toBe('your answer is right on the same input sorted');
    expect(describeEvidence('probe:k-mod-len')).toBe('your answer is right on the same input with k reduced modulo the length');
  });
});
