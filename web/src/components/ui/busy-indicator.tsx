// A progress indicator for anything slow: a spinner at once, and after two seconds the elapsed
// time, so a long judge run never looks frozen.
import { useEffect, useState } from 'react';

export function BusyIndicator({ label }: { label: string }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => clearInterval(timer);
  }, []);
  return (
    <div className="busy" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>
        {label}
        {seconds >= 2 ? ` (${seconds} s)` : '…'}
      </span>
      {seconds >= 2 && <progress className="busy-bar" aria-label={label} />}
    </div>
  );
}
