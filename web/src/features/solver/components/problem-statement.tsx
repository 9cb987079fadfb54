// The statement (sanitized Markdown) with the problem's classes and public examples.
import { DifficultyBadge } from '../../../components/ui/difficulty-badge';
import { Markdown } from '../../../components/ui/markdown';
import { titleCase } from '../../../lib/format';
import type { Problem } from '../../../types/api';

/**
 * The statement as shown: without its leading `# Title` (the workspace shows the title as the
 * page's h1), and with the example lines (Input / Output / Explanation) kept on their own lines.
 */
export function statementBody(statement: string): string {
  return statement
    .replace(/^\s*#\s+[^\n]*\n+/, '')
    .replace(/^(Input|Output|Explanation):[ \t]*(.*)$/gm, (_, label: string, rest: string) => `**${label}:** ${rest}  `);
}

export function ProblemStatement({ problem }: { problem: Problem }) {
  return (
    <div className="statement">
      <div className="row statement-meta">
        <DifficultyBadge difficulty={problem.difficulty} />
        <span className="muted">{titleCase(problem.category)}</span>
        <span className="muted">Target: {problem.acceptable}</span>
      </div>
      <Markdown source={statementBody(problem.statement)} />
    </div>
  );
}
