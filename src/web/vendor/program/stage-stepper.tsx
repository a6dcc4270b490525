import { Badge, Group, List, Paper, Stack, Stepper, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { formatNumber } from '../../shared/format';
import { type ProgramCapability, STAGE_ORDER, type StageAssessment } from './program-api';

function windowText(capability: ProgramCapability) {
  return capability.windowDays ? `in the last ${capability.windowDays} days` : 'now';
}

/** "7 of 10 people (last 90 days)" with a met or missing mark. */
export function CapabilityLine({ capability }: { capability: ProgramCapability }) {
  return (
    <List.Item
      icon={
        <ThemeIcon color={capability.met ? 'teal' : 'red'} size={20} radius="xl" variant="light">
          {capability.met ? <IconCheck size={12} aria-hidden /> : <IconX size={12} aria-hidden />}
        </ThemeIcon>
      }
    >
      <Text size="sm" span>
        {capability.label}:{' '}
        <Text span fw={600}>
          {formatNumber(capability.value)}
        </Text>{' '}
        of {formatNumber(capability.threshold)} {capability.unit} {windowText(capability)}
        <span className="visually-hidden">{capability.met ? ' (met)' : ' (not met)'}</span>
      </Text>
    </List.Item>
  );
}

/** The four stages as steps; the reached ones complete, each with its capabilities measured. */
export function StageStepper({ assessment }: { assessment: StageAssessment }) {
  const active = assessment.stage === null ? 0 : STAGE_ORDER.indexOf(assessment.stage) + 1;
  return (
    <Stack gap="md">
      <Stepper active={active} size="sm" allowNextStepsSelect={false} aria-label="Program stages">
        {assessment.stages.map((stage) => (
          <Stepper.Step
            key={stage.stage}
            label={stage.label}
            description={`${stage.metCount} of ${stage.capabilities.length} met (${stage.needed} needed)`}
            color={stage.reached ? 'teal' : undefined}
          />
        ))}
      </Stepper>
      <Group align="stretch" grow wrap="wrap">
        {assessment.stages.map((stage) => (
          <Paper
            key={stage.stage}
            withBorder
            p="sm"
            radius="md"
            component="section"
            aria-label={`${stage.label} capabilities`}
            miw={240}
          >
            <Group justify="space-between" mb="xs">
              <Title order={4} size="h5">
                {stage.label}
              </Title>
              <Badge color={stage.reached ? 'teal' : stage.qualifies ? 'yellow' : 'gray'} variant="light">
                {stage.reached ? 'Reached' : stage.qualifies ? 'Met, earlier stage missing' : 'Not yet'}
              </Badge>
            </Group>
            <List spacing={6} size="sm" center>
              {stage.capabilities.map((capability) => (
                <CapabilityLine key={capability.key} capability={capability} />
              ))}
            </List>
          </Paper>
        ))}
      </Group>
    </Stack>
  );
}
