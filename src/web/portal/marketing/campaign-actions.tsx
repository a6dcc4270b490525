import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { invalidateMarketing, type PartnerCampaignDetail } from '../../shared/marketing/marketing-api';

type Move = 'launch' | 'pause' | 'end';

const DONE: Record<Move, string> = {
  launch: 'Launched: share the links below',
  pause: 'Paused: the page says the offer has ended until you resume',
  end: 'Ended',
};

/** Launch (or resume), pause and end, as the campaign's status allows. */
export function CampaignActions({
  campaign,
  onError,
}: {
  campaign: PartnerCampaignDetail;
  onError: (error: unknown) => void;
}) {
  const can = useCan();
  const queryClient = useQueryClient();
  const move = useMutation({
    mutationFn: (to: Move) => {
      const path = { params: { path: { id: campaign.id } } };
      return unwrap(
        to === 'launch'
          ? api.POST('/api/marketing/campaigns/{id}/launch', path)
          : to === 'pause'
            ? api.POST('/api/marketing/campaigns/{id}/pause', path)
            : api.POST('/api/marketing/campaigns/{id}/end', path),
      );
    },
    onSuccess: async (_c, to) => {
      await invalidateMarketing(queryClient);
      notifications.show({ color: 'teal', message: DONE[to] });
    },
    onError,
  });
  if (!can('marketing.campaign.write')) return null;
  const button = (to: Move, label: string, variant: string) => (
    <Button
      variant={variant}
      onClick={() => move.mutate(to)}
      loading={move.isPending && move.variables === to}
    >
      {label}
    </Button>
  );
  switch (campaign.status) {
    case 'draft':
      return button('launch', 'Launch', 'filled');
    case 'launched':
      return (
        <>
          {button('pause', 'Pause', 'default')}
          {button('end', 'End campaign', 'default')}
        </>
      );
    case 'paused':
      return (
        <>
          {button('end', 'End campaign', 'default')}
          {button('launch', 'Resume', 'filled')}
        </>
      );
    default:
      return null;
  }
}
