// A collapsible panel of the workspace: a heading with a toggle button (aria-expanded), its
// state remembered per panel.
import { type ReactNode, useState } from 'react';

export function Panel({
  id,
  title,
  actions,
  children,
  className,
  defaultOpen = true,
}: {
  id: string;
  title: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  defaultOpen?: boolean;
}) {
  const storageKey = `codementor.panel.${id}`;
  const [open, setOpen] = useState(() => {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return stored === null || stored === undefined ? defaultOpen : stored === 'open';
  });
  const toggle = () => {
    setOpen(!open);
    try {
      localStorage.setItem(storageKey, open ? 'closed' : 'open');
    } catch {
      // ignore
    }
  };
  return (
    <section className={`panel ${open ? 'panel-open' : 'panel-closed'} ${className ?? ''}`} aria-labelledby={`${id}-title`}>
      <header className="panel-header">
        <h2 id={`${id}-title`} className="panel-title">
          <button type="button" className="panel-toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={toggle}>
            <span className="chevron" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            {title}
          </button>
        </h2>
        {open && actions && <div className="panel-actions">{actions}</div>}
      </header>
      {/* Focusable so keyboard users can scroll it (WCAG 2.1.1). */}
      <div id={`${id}-body`} className="panel-body" hidden={!open} tabIndex={0}>
        {children}
      </div>
    </section>
  );
}
