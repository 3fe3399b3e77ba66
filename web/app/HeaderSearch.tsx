import { TextInput } from '@mantine/core';
import { type ComponentType, useRef, useState } from 'react';
import { useIntl } from 'react-intl';

type SearchBoxProps = { initialText?: string; autoFocus?: boolean };

let loading: Promise<ComponentType<SearchBoxProps>> | null = null;
const loadSearchBox = () => {
  loading ??= import('../features/search/SearchBox').then(
    (m) => m.SearchBox,
    (error: unknown) => {
      loading = null; // a dropped connection may do better next time
      throw error;
    },
  );
  return loading;
};

/**
 * The search box of the header, downloaded when first wanted: until the pointer comes near it or
 * it takes the focus, a plain field with the same name and hint stands in its place, so the start
 * page does not carry the search's drop-down (Mantine's combobox, popover and positioning, some
 * 30 kB). What was typed meanwhile is kept, and the focus stays in the field.
 */
export function HeaderSearch() {
  const intl = useIntl();
  const [SearchBox, setSearchBox] = useState<ComponentType<SearchBoxProps> | null>(null);
  const [text, setText] = useState('');
  const focused = useRef(false);
  const want = () => {
    loadSearchBox().then(
      (box) => setSearchBox(() => box),
      () => {},
    );
  };
  if (SearchBox) return <SearchBox initialText={text} autoFocus={focused.current} />;
  return (
    <TextInput
      aria-label={intl.formatMessage({ id: 'search.label' })}
      placeholder={intl.formatMessage({ id: 'search.placeholder' })}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onPointerEnter={want}
      onFocus={() => {
        focused.current = true;
        want();
      }}
      onBlur={() => {
        focused.current = false;
      }}
      w={{ base: 180, sm: 280, md: 360 }}
    />
  );
}
