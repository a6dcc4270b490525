import {
  Anchor,
  Button,
  Divider,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconAward, IconPrinter, IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../../shared/auth/session';
import { formatDate } from '../../shared/format';
import { LinkButton } from '../../shared/router-links';
import { ErrorState, isNotFound, LoadingState } from '../../shared/states/states';
import { expiryText, needsRenewal } from './certificate-status';
import { type Certificate, certificateQuery } from './learning-api';
import { CertificateStateBadge } from './learning-badges';

// Printing shows the card alone: everything else on the page is hidden from the printout.
const PRINT_CSS = `@media print {
  body * { visibility: hidden !important; }
  .certificate-print, .certificate-print * { visibility: visible !important; }
  .certificate-print { position: fixed; inset: 0; margin: 2cm; border: 4px double #555 !important; }
}`;

function CertificateCard({
  certificate,
  onOpen,
}: {
  certificate: Certificate;
  onOpen: (id: string) => void;
}) {
  return (
    <Paper className="certificate-print" withBorder radius="md" p="xl" data-testid="certificate-card">
      <Stack align="center" gap="xs" ta="center">
        <ThemeIcon size={56} radius="xl" variant="light" color="grape" aria-hidden>
          <IconAward size={32} />
        </ThemeIcon>
        <Text size="xs" tt="uppercase" fw={700} c="dimmed" lts={1}>
          Certificate
        </Text>
        <Title order={3}>{certificate.name}</Title>
        <Text size="sm" c="dimmed">
          awarded to
        </Text>
        <Text size="xl" fw={700}>
          {certificate.userName}
        </Text>
        <Text size="sm">{certificate.partnerName}</Text>
        <Text size="sm" c="dimmed">
          for passing the course <strong>{certificate.courseTitle}</strong>
        </Text>
        <Divider w="60%" my="sm" />
        <SimpleGrid cols={3} spacing="lg" w="100%">
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              Issued
            </Text>
            <Text size="sm" fw={600}>
              {formatDate(certificate.issuedAt)}
            </Text>
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              Valid until
            </Text>
            <Text size="sm" fw={600}>
              {formatDate(certificate.expiresAt)}
            </Text>
          </Stack>
          <Stack gap={2} align="center">
            <Text size="xs" c="dimmed">
              Status
            </Text>
            <CertificateStateBadge state={certificate.state} renewed={certificate.renewedById !== null} />
          </Stack>
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {certificate.renewedById ? 'Replaced by a renewal' : expiryText(certificate.expiresAt)} ·
          Certificate number {certificate.id}
        </Text>
        {certificate.previousCertificateId || certificate.renewedById ? (
          <Group gap="md" justify="center">
            {certificate.previousCertificateId ? (
              <Anchor
                component="button"
                type="button"
                size="xs"
                onClick={() => onOpen(certificate.previousCertificateId!)}
              >
                The certificate it renews
              </Anchor>
            ) : null}
            {certificate.renewedById ? (
              <Anchor
                component="button"
                type="button"
                size="xs"
                onClick={() => onOpen(certificate.renewedById!)}
              >
                The certificate that renewed it
              </Anchor>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** One certificate as a printable card, from GET /api/enablement/certificates/{id}. */
export function CertificateDetailModal({
  certificateId,
  onClose,
  onOpen,
}: {
  certificateId: string | null;
  onClose: () => void;
  onOpen: (id: string) => void;
}) {
  const me = useSession();
  const detail = useQuery({ ...certificateQuery(certificateId ?? ''), enabled: certificateId !== null });
  const certificate = detail.data;
  return (
    <Modal
      opened={certificateId !== null}
      onClose={onClose}
      title={<Text fw={600}>Certificate</Text>}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <style>{PRINT_CSS}</style>
      {detail.isLoading ? (
        <LoadingState label="Loading the certificate…" />
      ) : detail.error ? (
        isNotFound(detail.error) ? (
          <Text c="dimmed">This certificate does not exist, or you do not have access to it.</Text>
        ) : (
          <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
        )
      ) : certificate ? (
        <Stack>
          <CertificateCard certificate={certificate} onOpen={onOpen} />
          <Group justify="flex-end">
            {certificate.userId === me.id && needsRenewal(certificate) ? (
              <LinkButton
                to="/portal/learning/courses/$courseId"
                params={{ courseId: certificate.courseId }}
                variant="light"
                color="orange"
                leftSection={<IconRefresh size={16} />}
              >
                Renew: take the course again
              </LinkButton>
            ) : null}
            <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
              Print
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
