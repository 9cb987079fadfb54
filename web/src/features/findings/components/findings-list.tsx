// The findings of a result, most severe first, or a reassuring empty state.
import { EmptyState } from '../../../components/ui/empty-state';
import type { Finding } from '../../../types/api';
import { usePatternDocs } from '../api/get-pattern-docs';
import { FindingCard } from './finding-card';

const ORDER = { critical: 0, warning: 1, info: 2 } as Record<string, number>;

export function FindingsList({ findings, submissionId, onJump }: { findings: Finding[]; submissionId?: string; onJump?(line: number): void }) {
  const docs = usePatternDocs();
  if (findings.length === 0) {
    return <EmptyState title="No patterns found">Nothing in this solution matches a common mistake.</EmptyState>;
  }
  // Keep each finding's index in the submission: disputes name it.
  const sorted = findings.map((finding, index) => ({ finding, index })).sort((a, b) => (ORDER[a.finding.severity] ?? 3) - (ORDER[b.finding.severity] ?? 3));
  return (
    <div className="findings">
      {sorted.map(({ finding, index }) => (
        <FindingCard key={index} finding={finding} index={index} submissionId={submissionId} docs={docs.data?.[finding.id]} onJump={onJump} />
      ))}
    </div>
  );
}
