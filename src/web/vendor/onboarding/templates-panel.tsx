import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCan } from '../../shared/auth/permissions';
import { ConfirmDialog } from '../../shared/form/confirm-dialog';
import { typeLabel } from '../../shared/format';
import { ErrorState } from '../../shared/states/states';
import { PARTNER_TYPES, type PartnerType } from '../options';
import { deleteTemplate, type OnboardingTemplate, TEMPLATES_KEY, templatesQuery } from './onboarding-api';
import { TemplateCard } from './template-card';
import { draftForType, draftFromTemplate, type TemplateDraft } from './template-draft';
import { TemplateEditorDialog } from './template-editor-dialog';

type Editing = { template?: OnboardingTemplate; draft: TemplateDraft };

/** The checklists per partner type: the default, those of single types, and their editing. */
export function TemplatesPanel() {
  const can = useCan();
  const canManage = can('onboarding.manage');
  const queryClient = useQueryClient();
  const templates = useQuery(templatesQuery);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [editOpen, setEditOpen] = useState(false);
  const [deleting, setDeleting] = useState<OnboardingTemplate | null>(null);
  const [deleteOpen, setDeleteOpen] = useState(false);

  if (templates.error) return <ErrorState error={templates.error} onRetry={() => templates.refetch()} />;
  if (!templates.data)
    return (
      <Stack>
        <Skeleton height={220} />
        <Skeleton height={220} />
      </Stack>
    );
  const items = templates.data.items;
  const standard = items.find((t) => t.partnerType === null);
  const used = new Set(items.map((t) => t.partnerType));
  const freeTypes = PARTNER_TYPES.filter((t) => !used.has(t));
  const edit = (next: Editing) => {
    setEditing(next);
    setEditOpen(true);
  };
  const startNew = () => {
    const type: PartnerType = freeTypes[0]!;
    edit({ draft: draftForType(type, `${typeLabel(type)} onboarding`, standard) });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed" maw={640}>
          A partner entering onboarding gets the checklist of its type, or the default. Automatic steps
          complete themselves when their event happens; manual steps are ticked by the partner admin or its
          manager. Changes apply to partners entering onboarding afterwards.
        </Text>
        {canManage && freeTypes.length ? (
          <Button leftSection={<IconPlus size={16} />} onClick={startNew}>
            New checklist for a type
          </Button>
        ) : null}
      </Group>
      {items.map((template) => (
        <TemplateCard
          key={template.id}
          template={template}
          canManage={canManage}
          onEdit={() => edit({ template, draft: draftFromTemplate(template) })}
          onDelete={() => {
            setDeleting(template);
            setDeleteOpen(true);
          }}
        />
      ))}
      {editing ? (
        <TemplateEditorDialog
          opened={editOpen}
          onClose={() => setEditOpen(false)}
          template={editing.template}
          initial={editing.draft}
          freeTypes={freeTypes}
        />
      ) : null}
      <ConfirmDialog
        opened={deleteOpen}
        onClose={() => setDeleteOpen(false)}
        title={deleting ? `Delete ${deleting.name}?` : 'Delete checklist?'}
        confirmLabel="Delete checklist"
        onConfirm={async () => {
          if (!deleting) return;
          await deleteTemplate(deleting.id);
          await queryClient.invalidateQueries({ queryKey: [TEMPLATES_KEY] });
          notifications.show({
            color: 'teal',
            title: 'Checklist deleted',
            message: `${deleting.name} was deleted.`,
          });
        }}
      >
        {deleting?.partnerType
          ? `${typeLabel(deleting.partnerType)} partners entering onboarding will get the default checklist. Onboardings already under way keep their steps.`
          : null}
      </ConfirmDialog>
    </Stack>
  );
}
