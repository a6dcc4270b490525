import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { LEARNING_KEY, learningApi } from './learning-api';

/** Enrolls the learner in a course and opens it at its first lesson. */
export function useEnroll() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (course: { id: string; title: string }) => learningApi.enroll(course.id),
    onSuccess: async (_progress, course) => {
      await queryClient.invalidateQueries({ queryKey: [LEARNING_KEY] });
      notifications.show({
        color: 'teal',
        title: 'Enrolled',
        message: `You are enrolled in ${course.title}.`,
      });
      await navigate({ to: '/portal/learning/courses/$courseId', params: { courseId: course.id } });
    },
    onError: (error, course) =>
      notifications.show({
        color: 'red',
        title: `Could not enroll in ${course.title}`,
        message: error.message,
        autoClose: 10_000,
      }),
  });
}
