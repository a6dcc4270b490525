import { List, Paper, Text, Title } from '@mantine/core';
import { type AttributionModel, MODEL_LABELS, MODEL_NOTES } from './attribution-api';

/** What each model means, in a sentence each, so the columns can be read without a manual. */
export function ModelNotes({ models, halfLifeDays }: { models: AttributionModel[]; halfLifeDays: number }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="How the models credit partners">
      <Title order={4} mb="xs">
        How the models credit partners
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Each won deal’s amount is split over the partners that touched it; under every model a deal’s credits
        add up exactly to its amount, to the cent.
      </Text>
      <List size="sm" spacing={4}>
        {models.map((model) => (
          <List.Item key={model}>
            <Text span fw={600} size="sm">
              {MODEL_LABELS[model]}:
            </Text>{' '}
            {MODEL_NOTES[model]}
            {model === 'time_decay' ? ` Half-life here: ${halfLifeDays} days.` : ''}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
