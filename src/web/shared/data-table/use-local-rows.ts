import { useMemo, useState } from 'react';

type SortValue = string | number | null | undefined;

/**
 * Sorting and paging in the browser for lists the API returns whole (an evaluation preview, a report):
 * the same `sort` strings ("name", "-name") and pagination shape the DataTable takes for API lists.
 */
export function useLocalRows<T>(
  rows: readonly T[],
  options: { sortValues: Record<string, (row: T) => SortValue>; initialSort: string; pageSize?: number },
) {
  const pageSize = options.pageSize ?? 25;
  const [sort, setSortState] = useState(options.initialSort);
  const [page, setPage] = useState(1);
  const sorted = useMemo(() => {
    const descending = sort.startsWith('-');
    const sortValue = options.sortValues[descending ? sort.slice(1) : sort];
    if (!sortValue) return [...rows];
    return [...rows].sort((a, b) => {
      const x = sortValue(a);
      const y = sortValue(b);
      // Missing values last in either direction.
      if (x === y) return 0;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      const order =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return descending ? -order : order;
    });
  }, [rows, sort, options.sortValues]);
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  const current = Math.min(page, pages);
  return {
    sort,
    setSort(next: string) {
      setSortState(next);
      setPage(1);
    },
    sorted,
    pageRows: sorted.slice((current - 1) * pageSize, current * pageSize),
    pagination: {
      page: current,
      hasPrev: current > 1,
      hasNext: current < pages,
      onPrev: () => setPage(current - 1),
      onNext: () => setPage(current + 1),
    },
    resetPage: () => setPage(1),
  };
}
