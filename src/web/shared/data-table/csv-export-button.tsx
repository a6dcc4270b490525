import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { type CsvColumn, downloadCsv, fetchAll, toCsv } from './csv-export';
import type { PageResult } from './use-cursor-list';

/** Exports the whole filtered list (every page, not just the one on screen) as a CSV file. */
export function CsvExportButton<T>({
  filename,
  columns,
  fetchPage,
  noun = ['row', 'rows'],
}: {
  filename: string;
  columns: CsvColumn<T>[];
  fetchPage: (cursor: string | undefined) => Promise<PageResult<T>>;
  /** Singular and plural, for the notice: ['certificate', 'certificates']. */
  noun?: [string, string];
}) {
  const [progress, setProgress] = useState<number | null>(null);

  async function run() {
    setProgress(0);
    try {
      const rows = await fetchAll(fetchPage, setProgress);
      const day = new Date().toISOString().slice(0, 10);
      downloadCsv(`${filename}-${day}.csv`, toCsv(columns, rows));
      notifications.show({
        color: 'teal',
        title: 'Export ready',
        message: `${rows.length.toLocaleString('en')} ${rows.length === 1 ? noun[0] : noun[1]} exported.`,
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Export failed',
        message: error instanceof Error ? error.message : 'Something went wrong',
      });
    } finally {
      setProgress(null);
    }
  }

  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} />}
      onClick={run}
      loading={progress !== null}
      loaderProps={{ type: 'dots' }}
    >
      {progress !== null ? `Exporting… ${progress}` : 'Export CSV'}
    </Button>
  );
}
