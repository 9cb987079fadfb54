export function DifficultyBadge({ difficulty }: { difficulty: string }) {
  return <span className={`badge badge-${difficulty}`}>{difficulty.replace(/^\w/, (c) => c.toUpperCase())}</span>;
}
