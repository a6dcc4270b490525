import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

/** A text box that edits a URL value after the user pauses typing, and follows the URL when it changes. */
export function SearchBox({
  value,
  onSearch,
  label,
  placeholder,
  width = 260,
}: {
  value: string;
  onSearch: (q: string) => void;
  label: string;
  placeholder: string;
  width?: number;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const debounced = useDebouncedCallback((q: string) => onSearch(q.trim()), 300);
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} />}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        debounced(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onSearch(text.trim());
      }}
      w={{ base: '100%', sm: width }}
      type="search"
    />
  );
}
