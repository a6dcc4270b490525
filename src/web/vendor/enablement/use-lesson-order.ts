import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { type CourseDetail, courseQuery } from './enablement-api';
import { moveItem } from './move-item';

/**
 * Moves a lesson up or down at once on screen and saves the new order. Saves run one after another,
 * so quick presses of a move button end in the order the author sees.
 */
export function useLessonOrder(courseId: string) {
  const queryClient = useQueryClient();
  const { queryKey } = courseQuery(courseId);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  return (index: number, delta: number) => {
    const course = queryClient.getQueryData<CourseDetail>(queryKey);
    if (!course) return;
    const lessons = moveItem(course.lessons, index, delta).map((l, position) => ({ ...l, position }));
    if (lessons.every((l, i) => l.id === course.lessons[i]?.id)) return;
    queryClient.setQueryData<CourseDetail>(queryKey, { ...course, lessons });
    const lessonIds = lessons.map((l) => l.id);
    queue.current = queue.current.then(async () => {
      try {
        await unwrap(
          api.PUT('/api/enablement/courses/{id}/lesson-order', {
            params: { path: { id: courseId } },
            body: { lessonIds },
          }),
        );
      } catch (error) {
        notifications.show({
          color: 'red',
          title: 'The new order was not saved',
          message: error instanceof Error ? error.message : 'Something went wrong',
        });
        await queryClient.invalidateQueries({ queryKey });
      }
    });
  };
}
