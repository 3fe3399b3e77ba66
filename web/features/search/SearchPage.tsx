import { Anchor, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import type { SearchHit } from '../../../common/contracts/search';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { hitTarget, useSearchHits } from './search-hits';

/** Results asked for at first, and added by each "show more"; the API gives at most 100. */
const STEP = 25;
const MOST = 100;

/**
 * Every result of a search, not only the dozen the search box shows: "show more" asks for the
 * next ones (the ranking is the search box's), up to a hundred, after which the user narrows.
 */
export function SearchPage() {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [typed] = useDebouncedValue(text.trim(), 300);
  const [limit, setLimit] = useState(STEP);
  const asked = params.get('q') ?? '';
  // A new search from the search box, while this page is open, replaces what was typed here.
  useEffect(() => {
    setText((current) => (current.trim() === asked ? current : asked));
    setLimit(STEP);
  }, [asked]);
  const query = useSearchHits(typed, limit);
  usePageTitle('search.title');
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="search.title" />
      </Title>
      <TextInput
        label={intl.formatMessage({ id: 'search.label' })}
        placeholder={intl.formatMessage({ id: 'search.placeholder' })}
        value={text}
        maw={480}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setText(value);
          setLimit(STEP);
          setParams(value.trim() ? { q: value.trim() } : {}, { replace: true });
        }}
      />
      {typed.length >= 2 && (
        <QueryState query={query}>
          {({ items, more }) => (
            <Stack gap="sm">
              {items.length === 0 ? (
                <Text c="dimmed">
                  <FormattedMessage id="search.nothing" />
                </Text>
              ) : (
                <Results hits={items} />
              )}
              {more && limit < MOST && (
                <Group>
                  <Button variant="light" loading={query.isFetching} onClick={() => setLimit(limit + STEP)}>
                    <FormattedMessage id="search.showMore" />
                  </Button>
                </Group>
              )}
              {more && limit >= MOST && (
                <Text size="sm" c="dimmed">
                  <FormattedMessage id="search.narrow" values={{ count: items.length }} />
                </Text>
              )}
            </Stack>
          )}
        </QueryState>
      )}
    </Stack>
  );
}

function Results({ hits }: { hits: SearchHit[] }) {
  const intl = useIntl();
  const format = useFormat();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {['name', 'birthDate', 'kind', 'record', 'match'].map((c) => (
              <Table.Th scope="col" key={c}>
                {t(`search.col.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {hits.map((h) => {
            const target = hitTarget(h);
            const record =
              h.caseNumber ?? (h.houseNumber ? t('village.house', { number: h.houseNumber }) : null);
            return (
              <Table.Tr key={`${h.personId}|${h.caseId ?? ''}`}>
                <Table.Td>
                  {h.familyName} {h.givenName} {h.patronymic ?? ''}
                </Table.Td>
                <Table.Td>{h.birthDate ? format.date(h.birthDate) : '—'}</Table.Td>
                <Table.Td>{t(`search.kind.${h.kind}`)}</Table.Td>
                <Table.Td>
                  {target && record ? (
                    <Anchor component={Link} to={target}>
                      {record}
                    </Anchor>
                  ) : (
                    <Text span size="sm" c="dimmed">
                      {t('search.noRecord')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`search.match.${h.match}`)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
