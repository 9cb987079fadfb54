// Placeholder blocks shown while data loads, hidden from assistive technology (the container
// announces loading instead).
export function Skeleton({ width = '100%', height = '1rem' }: { width?: string; height?: string }) {
  return <span className="skeleton" style={{ width, height }} aria-hidden="true" />;
}

/** Table rows as tall as real ones, so the table does not jump when the data arrives. */
export function SkeletonRows({ rows = 6, columns = 4 }: { rows?: number; columns?: number }) {
  return (
    <>
      {Array.from({ length: rows }, (_, row) => (
        <tr key={row} aria-hidden="true">
          {Array.from({ length: columns }, (_, column) => (
            <td key={column}>
              <Skeleton width={column === 0 ? '70%' : '50%'} height="1.4rem" />
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}
