import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ChartCard } from '../../shared/charts/chart-card';
import { type CourseReportQuery, ENABLEMENT_KEY, fetchCourseReport } from './enablement-api';

const TOP = 8;

/** The courses with the most learners: enrolled next to completed, for the filters in force. */
export function CourseActivityChart({ filters }: { filters: Omit<CourseReportQuery, 'sort' | 'limit'> }) {
  const top = useQuery({
    queryKey: [ENABLEMENT_KEY, 'course-activity', filters],
    queryFn: () => fetchCourseReport({ ...filters, sort: '-enrolled', limit: TOP }),
  });
  const data = (top.data?.items ?? [])
    .filter((c) => c.enrolled > 0)
    .map((c) => ({ id: c.id, course: c.title, enrolled: c.enrolled, completed: c.completed }));
  return (
    <ChartCard
      title="Learners by course"
      description={`The ${TOP} courses with the most learners: enrolled and completed`}
      loading={top.isLoading}
      isEmpty={data.length === 0}
      emptyMessage="Nobody has enrolled in these courses yet."
      height={260}
    >
      <Box aria-hidden>
        <BarChart
          h={Math.max(160, data.length * 44)}
          data={data}
          dataKey="course"
          orientation="vertical"
          series={[
            { name: 'enrolled', label: 'Enrolled', color: 'blue.5' },
            { name: 'completed', label: 'Completed', color: 'teal.6' },
          ]}
          withLegend
          gridAxis="x"
          tickLine="none"
          yAxisProps={{ width: 180, interval: 0 }}
          xAxisProps={{ allowDecimals: false }}
        />
      </Box>
      <table className="visually-hidden">
        <caption>Learners by course</caption>
        <thead>
          <tr>
            <th>Course</th>
            <th>Enrolled</th>
            <th>Completed</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.id}>
              <td>{d.course}</td>
              <td>{d.enrolled}</td>
              <td>{d.completed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartCard>
  );
}
