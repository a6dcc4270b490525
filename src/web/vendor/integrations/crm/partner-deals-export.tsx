import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';

/** Downloads partner-sourced and -influenced won deals shaped for Salesforce or HubSpot. */
export function PartnerDealsExport() {
  const year = new Date().getUTCFullYear();
  const [shape, setShape] = useState<'salesforce' | 'hubspot'>('salesforce');
  const [format, setFormat] = useState<'csv' | 'json'>('csv');
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year + 1}-01-01`);
  const valid = (d: string) => d === '' || /^\d{4}-\d{2}-\d{2}$/.test(d);
  const params = new URLSearchParams({ shape, format, ...(from ? { from } : {}), ...(to ? { to } : {}) });
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Won deals with a partner on them, one row per deal and partner, in the CRM's own field names so the
        file imports there (the role says sourced or influenced).
      </Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label="Shape"
          data={[
            { value: 'salesforce', label: 'Salesforce opportunities' },
            { value: 'hubspot', label: 'HubSpot deals' },
          ]}
          value={shape}
          onChange={(v) => v && setShape(v as 'salesforce' | 'hubspot')}
          allowDeselect={false}
          w={220}
        />
        <Select
          label="Format"
          data={[
            { value: 'csv', label: 'CSV' },
            { value: 'json', label: 'JSON' },
          ]}
          value={format}
          onChange={(v) => v && setFormat(v as 'csv' | 'json')}
          allowDeselect={false}
          w={110}
        />
        <TextInput
          label="Closed from"
          placeholder="YYYY-MM-DD"
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value.trim())}
          error={valid(from) ? null : 'YYYY-MM-DD'}
          w={140}
        />
        <TextInput
          label="Closed before"
          placeholder="YYYY-MM-DD"
          value={to}
          onChange={(e) => setTo(e.currentTarget.value.trim())}
          error={valid(to) ? null : 'YYYY-MM-DD'}
          w={140}
        />
        <Button
          component="a"
          href={`/api/integrations/exports/partner-deals?${params}`}
          download
          leftSection={<IconDownload size={16} />}
          disabled={!valid(from) || !valid(to)}
        >
          Download
        </Button>
      </Group>
    </Stack>
  );
}
