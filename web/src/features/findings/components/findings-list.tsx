// The findings of a result in the server's order (most severe first), or a reassuring empty state.
import { EmptyState } from '../../../components/ui/empty-state';
import { usePatternCatalogue } from '../../../lib/get-patterns';
import type { Finding } from '../../../types/api';
import { FindingCard } from './finding-card';

export function FindingsList({ findings, submissionId, onJump }: { findings: Finding[]; submissionId?: string; onJump?: (line: number) => void }) {
  const patterns = usePatternCatalogue();
  if (findings.length === 0) {
    return <EmptyState title="No patterns found">Nothing in this solution matches a common mistake.</EmptyState>;
  }
  // Each finding's index in the submission is its key: disputes name it.
  return (
    <div className="findings">
      {findings.map((finding, index) => (
        <FindingCard key={index} finding={finding} index={index} submissionId={submissionId} docs={patterns.docs(finding.id)} onJump={onJump} />
      ))}
    </div>
  );
}
