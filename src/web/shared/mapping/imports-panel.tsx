import { Button, Modal, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateTime, formatNumber } from '../format';
import { EmptyState, ErrorState, LoadingState } from '../states/states';
import { ImportReport } from './import-report';
import { importsQuery, type MappingImport } from './mapping-api';

/** The latest uploads of a partner's list, newest first, each with its row report a click away. */
export function ImportsPanel({ partnerId }: { partnerId: string }) {
  const imports = useQuery(importsQuery(partnerId));
  const [open, setOpen] = useState<MappingImport | null>(null);

  if (imports.isLoading) return <LoadingState label="Loading uploads…" />;
  if (imports.error) return <ErrorState error={imports.error} onRetry={() => void imports.refetch()} />;
  const rows = imports.data ?? [];
  if (rows.length === 0) {
    return (
      <EmptyState title="No uploads yet">
        Each upload of the partner's list appears here with its report: rows read, accepted and rejected, and
        why.
      </EmptyState>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover verticalSpacing="xs" aria-label="Latest uploads">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Uploaded</Table.Th>
              <Table.Th>File</Table.Th>
              <Table.Th>Mode</Table.Th>
              <Table.Th ta="right">Rows read</Table.Th>
              <Table.Th ta="right">Accepted</Table.Th>
              <Table.Th ta="right">Rejected</Table.Th>
              <Table.Th ta="right">Created · updated · removed</Table.Th>
              <Table.Th>
                <span className="visually-hidden">Report</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>{formatDateTime(row.createdAt)}</Table.Td>
                <Table.Td>{row.fileName ?? <Text c="dimmed">—</Text>}</Table.Td>
                <Table.Td>{row.mode === 'replace' ? 'Replace' : 'Merge'}</Table.Td>
                <Table.Td ta="right">{formatNumber(row.rowsRead)}</Table.Td>
                <Table.Td ta="right">{formatNumber(row.rowsAccepted)}</Table.Td>
                <Table.Td ta="right">
                  <Text span c={row.rowsRejected ? 'red.7' : undefined} size="sm">
                    {formatNumber(row.rowsRejected)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  {formatNumber(row.created)} · {formatNumber(row.updated)} · {formatNumber(row.removed)}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => setOpen(row)}
                    aria-label={`Report of the upload of ${formatDateTime(row.createdAt)}`}
                  >
                    Report
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title="Upload report"
        size="xl"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {open ? <ImportReport report={open} /> : null}
      </Modal>
    </>
  );
}
