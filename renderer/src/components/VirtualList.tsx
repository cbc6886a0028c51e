import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';

/** The nearest ancestor that scrolls: the content pane, the sidebar, or the page. */
function scrollParent(node: HTMLElement): HTMLElement {
  for (let el = node.parentElement; el; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return el;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

/** What each row's <li> takes from the list: where it is drawn, its place in the set, and the measuring ref. */
export interface RowProps {
  ref: (node: HTMLLIElement | null) => void;
  'data-index': number;
  'aria-setsize': number;
  'aria-posinset': number;
  style: CSSProperties;
}

interface VirtualListProps<T> {
  items: readonly T[];
  /** How many rows the whole list has, loaded or not (for aria-setsize). */
  total?: number;
  getKey(item: T): string;
  /** A row's height before it is measured, in pixels. */
  estimateSize: number;
  /** Draws one row: an <li> that spreads the props it is given. */
  children(item: T, props: RowProps): ReactNode;
  /** Called when the last loaded row comes into view: the next page can be asked for. */
  onEndReached?(): void;
  className?: string;
  'aria-label'?: string;
  /** An ordered list (<ol>) where the order is the point, as in a print queue. */
  ordered?: boolean;
}

/**
 * A list that draws only the rows in or near view (TanStack Virtual), inside whatever pane
 * scrolls around it, so a list of thousands costs what a screenful does. Each row is
 * measured once drawn, so rows may wrap to any height. The list keeps its place in the
 * pane (scrollMargin) as what stands above it grows or shrinks.
 */
export function VirtualList<T>({ items, total, getKey, estimateSize, children, onEndReached, className, 'aria-label': label, ordered }: VirtualListProps<T>) {
  const list = useRef<HTMLUListElement & HTMLOListElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);

  useLayoutEffect(() => {
    const ul = list.current;
    if (!ul) return;
    const pane = scrollParent(ul);
    setScroller(pane);
    const measure = () => setMargin(ul.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop);
    measure();
    // Whatever stands above the list may change height (another list loading, a notice).
    const observer = new ResizeObserver(measure);
    for (const child of Array.from(pane.children)) observer.observe(child);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller,
    estimateSize: () => estimateSize,
    getItemKey: (index) => getKey(items[index]!),
    overscan: 6,
    scrollMargin: margin,
  });
  const rows = virtualizer.getVirtualItems();
  const last = rows.at(-1)?.index;

  useEffect(() => {
    if (last !== undefined && last >= items.length - 1) onEndReached?.();
  }, [last, items.length, onEndReached]);

  const List = ordered ? 'ol' : 'ul';
  return (
    <List ref={list} className={`virtual-list ${className ?? ''}`} aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
      {rows.map((row) =>
        children(items[row.index]!, {
          ref: virtualizer.measureElement,
          'data-index': row.index,
          'aria-setsize': total ?? items.length,
          'aria-posinset': row.index + 1,
          style: { transform: `translateY(${row.start - margin}px)` },
        }),
      )}
    </List>
  );
}
