import { type ReactNode, useEffect, useRef, useState } from 'react';
import './VirtualList.css';

export interface VisibleRange {
  start: number;
  end: number;
}

interface VirtualListProps {
  count: number;
  /** Every row is this tall (CSS keeps it so): the list's height and offsets follow from it. */
  rowHeight: number;
  label: string;
  /** The rows shown are about to be replaced (a search is being read). */
  busy?: boolean;
  /** Rows rendered beyond the visible ones, so fast scrolling and Tab never meet a gap. */
  overscan?: number;
  onRangeChange?: (range: VisibleRange) => void;
  children: (index: number) => ReactNode;
}

/**
 * A list of any length that renders only the rows in and near the viewport: tens of thousands of
 * contacts cost the same as a screenful. It scrolls with the page (the panel has one scrollbar),
 * and tells screen readers each row's position in the whole list.
 */
export function VirtualList({ count, rowHeight, label, busy = false, overscan = 10, onRangeChange, children }: VirtualListProps) {
  const list = useRef<HTMLUListElement>(null);
  const [range, setRange] = useState<VisibleRange>({ start: 0, end: Math.min(count, 30) });

  useEffect(() => {
    const measure = () => {
      const top = list.current?.getBoundingClientRect().top ?? 0;
      const start = Math.max(0, Math.floor(-top / rowHeight) - overscan);
      const end = Math.max(start, Math.min(count, Math.ceil((window.innerHeight - top) / rowHeight) + overscan));
      setRange((current) => (current.start === start && current.end === end ? current : { start, end }));
    };
    measure();
    window.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [count, rowHeight, overscan]);

  useEffect(() => onRangeChange?.(range), [range, onRangeChange]);

  const rows: ReactNode[] = [];
  for (let index = range.start; index < range.end; index++) {
    rows.push(
      <li key={index} aria-setsize={count} aria-posinset={index + 1} style={{ height: rowHeight }}>
        {children(index)}
      </li>,
    );
  }
  return (
    <ul
      ref={list}
      className="rows virtual"
      aria-label={label}
      aria-busy={busy}
      style={{ height: count * rowHeight, paddingTop: range.start * rowHeight }}
    >
      {rows}
    </ul>
  );
}
