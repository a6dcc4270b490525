import { Table, Typography } from '@mantine/core';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { safeUrl } from './safe-url';

const COMPONENTS: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // The app's content policy keeps other sites' images out of the page, so an image is a link to it.
  img: ({ src, alt }) =>
    typeof src === 'string' && src ? (
      <a href={src} target="_blank" rel="noopener noreferrer nofollow">
        {alt || 'Image'}
      </a>
    ) : null,
  table: ({ children }) => (
    <Table withTableBorder withColumnBorders striped>
      {children}
    </Table>
  ),
};

/**
 * Lesson text (CommonMark with GitHub tables, task lists and strikethrough) as learners read it: built
 * as React elements, raw HTML shown as text, and only http(s), mailto or relative links kept.
 */
export function MarkdownView({ source }: { source: string }) {
  return (
    <Typography>
      <Markdown
        remarkPlugins={[remarkGfm]}
        skipHtml
        urlTransform={(url) => safeUrl(url) ?? ''}
        components={COMPONENTS}
      >
        {source}
      </Markdown>
    </Typography>
  );
}
