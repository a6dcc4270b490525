import { NumberInput, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import type { CourseFormState } from './course-form';

interface FieldErrors {
  of(field: string): string | undefined;
}

/** The settings of a course: used by "New course" and the course builder. */
export function CourseFields({
  value,
  onChange,
  errors,
  autoFocus,
}: {
  value: CourseFormState;
  onChange: (patch: Partial<CourseFormState>) => void;
  errors: FieldErrors;
  autoFocus?: boolean;
}) {
  return (
    <Stack>
      <TextInput
        label="Title"
        required
        maxLength={200}
        value={value.title}
        onChange={(e) => onChange({ title: e.currentTarget.value })}
        error={errors.of('title')}
        data-autofocus={autoFocus || undefined}
      />
      <Textarea
        label="Summary"
        description="What a learner gets out of it; shown in the catalogue"
        autosize
        minRows={2}
        maxLength={5000}
        value={value.summary}
        onChange={(e) => onChange({ summary: e.currentTarget.value })}
        error={errors.of('summary')}
      />
      <NumberInput
        label="Estimated minutes"
        required
        min={1}
        max={10_000}
        allowDecimal={false}
        w={{ base: '100%', xs: 200 }}
        value={value.estimatedMinutes}
        onChange={(v) => onChange({ estimatedMinutes: v })}
        error={errors.of('estimatedMinutes')}
      />
      <Switch
        label="Open to every partner"
        description="Otherwise only the partner types and roles of its learning paths see it"
        checked={value.openToAll}
        onChange={(e) => onChange({ openToAll: e.currentTarget.checked })}
      />
      <Switch
        label="Awards a certification"
        description="Earned by finishing every lesson and passing the quiz; a certifying course needs a quiz to publish"
        checked={value.certifies}
        onChange={(e) => onChange({ certifies: e.currentTarget.checked })}
      />
      {value.certifies ? (
        <Stack gap="sm" pl="md" style={{ borderLeft: '2px solid var(--mantine-color-teal-2)' }}>
          <TextInput
            label="Certification name"
            required
            maxLength={200}
            value={value.certificationName}
            onChange={(e) => onChange({ certificationName: e.currentTarget.value })}
            error={errors.of('certification.name') ?? errors.of('certification')}
          />
          <NumberInput
            label="Valid for (days)"
            description="After that the holder renews it by passing again"
            required
            w={{ base: '100%', xs: 200 }}
            min={1}
            max={3650}
            allowDecimal={false}
            value={value.validDays}
            onChange={(v) => onChange({ validDays: v })}
            error={errors.of('certification.validDays')}
          />
        </Stack>
      ) : null}
    </Stack>
  );
}
