import { Alert, Anchor, Button, Paper, Text } from '@mantine/core';
import { IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useCan } from '../../shared/auth/permissions';
import { PageHeader } from '../../shared/layout/page-header';
import { notifySaved } from './notify';
import { RegistrationForm } from './registration-form';
import { REGISTRATIONS_KEY, registrationApi } from './registration-queries';

/** /portal/registrations/new: a partner registers a deal, as a draft or submitted for a decision at once. */
export function RegisterDealPage() {
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  if (!can('registrations.create')) {
    return (
      <>
        <PageHeader title="Register a deal" />
        <Alert color="gray" icon={<IconLock size={18} />} title="Partner users only">
          Deals are registered by the users of a partner organization.
        </Alert>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Register a deal"
        description="Tell the vendor about an opportunity you are working. Approved registrations protect the account for you for a set time."
        actions={
          <Anchor component={Link} to="/portal/registrations" size="sm">
            Back to deal registrations
          </Anchor>
        }
      />
      <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} mb="lg">
        <Text size="sm">
          When you submit, the rules of engagement decide at once: the customer is matched to an account and
          checked against the vendor's own pipeline and other partners' registrations. You will see the
          decision and its reason straight away. A draft is kept for you to finish and submit later.
        </Text>
      </Alert>
      <Paper withBorder radius="md" p="lg">
        <RegistrationForm
          registration={null}
          draftLabel="Save draft"
          submitLabel="Submit registration"
          cancel={
            <Button component={Link} to="/portal/registrations" variant="subtle" color="gray">
              Cancel
            </Button>
          }
          onSave={async (fields, submit) => {
            const created = await registrationApi.create({ ...fields, submit });
            await queryClient.invalidateQueries({ queryKey: [REGISTRATIONS_KEY] });
            notifySaved(created, submit);
            await navigate({
              to: '/portal/registrations/$registrationId',
              params: { registrationId: created.id },
            });
          }}
        />
      </Paper>
    </>
  );
}
