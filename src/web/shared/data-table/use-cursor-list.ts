import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';

export interface PageResult<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PageParams {
  limit: number;
  sort: string;
  cursor?: string;
}

/**
 * Cursor pagination over any list endpoint: keeps the cursors of the pages already seen so the user
 * can step back, and starts again at page one whenever the filters or the sort change.
 */
export function useCursorList<T, F extends object>(options: {
  key: string;
  filters: F;
  sort: string;
  pageSize?: number;
  fetchPage: (params: PageParams & F) => Promise<PageResult<T>>;
}) {
  const limit = options.pageSize ?? 25;
  const identity = JSON.stringify([options.key, options.filters, options.sort, limit]);
  const [state, setState] = useState<{ identity: string; cursors: (string | undefined)[] }>({
    identity,
    cursors: [undefined],
  });
  const cursors = state.identity === identity ? state.cursors : [undefined];
  const cursor = cursors[cursors.length - 1];

  const query = useQuery({
    queryKey: [options.key, options.filters, options.sort, limit, cursor ?? null],
    queryFn: () =>
      options.fetchPage({ ...options.filters, sort: options.sort, limit, ...(cursor ? { cursor } : {}) }),
    placeholderData: keepPreviousData,
  });

  const hasPrev = cursors.length > 1;
  const hasNext = Boolean(query.data?.nextCursor);
  const next = () => {
    const nextCursor = query.data?.nextCursor;
    if (nextCursor) setState({ identity, cursors: [...cursors, nextCursor] });
  };
  const prev = () => setState({ identity, cursors: cursors.slice(0, -1) });
  return {
    items: query.data?.items ?? [],
    isLoading: query.isLoading,
    isFetching: query.isFetching,
    error: query.error,
    refetch: query.refetch,
    page: cursors.length,
    hasPrev,
    hasNext,
    next,
    prev,
    /** What a DataTable's `pagination` takes. */
    pagination: { page: cursors.length, hasPrev, hasNext, onPrev: prev, onNext: next },
  };
}
