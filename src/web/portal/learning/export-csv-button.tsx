import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { type CsvColumn, downloadCsv, fetchAll, toCsv } from '../../shared/data-table/csv-export';
import type { PageResult } from '../../shared/data-table/use-cursor-list';

/** Exports every row the filters show (all pages), not only the page on screen. */
export function ExportCsvButton<T>({
  fetchPage,
  columns,
  fileStem,
  noun,
}: {
  fetchPage: (cursor: string | undefined) => Promise<PageResult<T>>;
  columns: CsvColumn<T>[];
  fileStem: string;
  /** Singular and plural, for the notice: ['certificate', 'certificates']. */
  noun: [string, string];
}) {
  const [progress, setProgress] = useState<number | null>(null);
  async function run() {
    setProgress(0);
    try {
      const rows = await fetchAll(fetchPage, setProgress);
      downloadCsv(`${fileStem}-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(columns, rows));
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
