import { Box, Code, Stack, Tabs, Text } from '@mantine/core';
import type { RenderedAsset } from './marketing-api';

/**
 * A rendered asset in a frame that may run no script, submit no form and reach nothing of the app
 * (sandbox without any allowance), next to its plain-text version.
 */
export function AssetPreview({
  asset,
  title,
  height = 560,
}: {
  asset: RenderedAsset;
  title: string;
  height?: number;
}) {
  return (
    <Tabs defaultValue="html" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="html">Preview</Tabs.Tab>
        <Tabs.Tab value="text">{asset.kind === 'social_post' ? 'Post text' : 'Plain text'}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="html" pt="sm">
        <Stack gap="xs">
          {asset.subject ? (
            <Text size="sm">
              <Text span fw={600}>
                {asset.kind === 'email' ? 'Subject: ' : 'Headline: '}
              </Text>
              {asset.subject}
            </Text>
          ) : null}
          <Box
            component="iframe"
            title={title}
            sandbox=""
            srcDoc={asset.html}
            data-testid="asset-preview"
            style={{
              width: '100%',
              height,
              border: '1px solid var(--mantine-color-gray-3)',
              borderRadius: 8,
              background: '#fff',
            }}
          />
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="text" pt="sm">
        <Code block style={{ whiteSpace: 'pre-wrap' }}>
          {asset.text}
        </Code>
      </Tabs.Panel>
    </Tabs>
  );
}
