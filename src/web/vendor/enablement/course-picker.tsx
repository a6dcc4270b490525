import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { humanize } from '../../shared/format';
import { ENABLEMENT_KEY } from './enablement-api';
import type { PathCourse } from './path-form';

/** Picks a course to add by typing part of its title; courses already chosen are left out. */
export function CoursePicker({
  exclude,
  onPick,
  error,
}: {
  exclude: readonly string[];
  onPick: (course: PathCourse) => void;
  error?: string;
}) {
  const [searchValue, setSearchValue] = useState('');
  const [q] = useDebouncedValue(searchValue.trim(), 250);
  const courses = useQuery({
    queryKey: [ENABLEMENT_KEY, 'course-picker', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/enablement/courses', {
          params: { query: { q: q || undefined, limit: 20, sort: 'title' } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const items = (courses.data?.items ?? []).filter((c) => !exclude.includes(c.id));
  const data = items.map((c) => ({
    value: c.id,
    label: c.status === 'published' ? c.title : `${c.title} (${humanize(c.status).toLowerCase()})`,
  }));

  return (
    <Select
      label="Add a course"
      description="Learners take the path's courses in this order; drafts show once published"
      placeholder="Type a course title"
      searchable
      data={data}
      value={null}
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      filter={({ options }) => options}
      onChange={(id) => {
        const course = items.find((c) => c.id === id);
        if (course) onPick({ id: course.id, title: course.title, status: course.status });
        setSearchValue('');
      }}
      nothingFoundMessage={courses.isFetching ? 'Searching…' : 'No other course matches'}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
