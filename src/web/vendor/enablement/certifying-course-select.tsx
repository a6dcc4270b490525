import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api/client';
import { ENABLEMENT_KEY } from './enablement-api';

/** Narrows the certification report to one course that awards a certification. */
export function CertifyingCourseSelect({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (courseId: string | null) => void;
}) {
  const courses = useQuery({
    queryKey: [ENABLEMENT_KEY, 'certifying-courses'],
    queryFn: () =>
      unwrap(api.GET('/api/enablement/courses', { params: { query: { limit: 200, sort: 'title' } } })),
  });
  const data = (courses.data?.items ?? [])
    .filter((c) => c.certification !== null)
    .map((c) => ({ value: c.id, label: `${c.certification?.name} (${c.title})` }));
  return (
    <Select
      label="Certification"
      placeholder={courses.isLoading ? 'Loading…' : 'Any'}
      data={data}
      value={value ?? null}
      onChange={onChange}
      searchable
      clearable
      nothingFoundMessage="No certifying course matches"
      w={{ base: '100%', sm: 300 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
