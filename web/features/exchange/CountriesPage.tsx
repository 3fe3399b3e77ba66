import {
  Alert,
  Button,
  Card,
  FileInput,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ExchangeDocument } from '../../../common/contracts/indicator-exchange';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/ui/QueryState';
import { api, apiItems } from '../../lib/api';
import { useFormat, useNames } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';

interface ImportedSet {
  id: string;
  country: string;
  organisation: string;
  periodFrom: string;
  periodTo: string;
  importedAt: string;
  importedBy: string | null;
}

/**
 * Sharing with other countries: download our year's indicators (aggregates only), import
 * another country's document, and read the two side by side.
 */
export function CountriesPage() {
  usePageTitle('exchange.title');
  const intl = useIntl();
  const format = useFormat();
  const names = useNames();
  const client = useQueryClient();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(String(thisYear));
  const [file, setFile] = useState<File | null>(null);
  const [compare, setCompare] = useState<string | null>(null);
  const imported = useQuery({
    queryKey: ['exchange-imported'],
    queryFn: () => apiItems<ImportedSet>('/api/indicators/exchange/imported'),
  });
  const upload = useMutation({
    mutationFn: async (f: File) => {
      let doc: unknown;
      try {
        doc = JSON.parse(await f.text());
      } catch {
        throw new Error(intl.formatMessage({ id: 'exchange.notJson' }));
      }
      return api<ImportedSet>('POST', '/api/indicators/exchange', doc);
    },
    onSuccess: (set) => {
      setFile(null);
      setCompare(set.id);
      client.invalidateQueries({ queryKey: ['exchange-imported'] });
    },
  });
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="exchange.title" />
      </Title>
      <Text c="dimmed">
        <FormattedMessage id="exchange.intro" />
      </Text>
      <Group align="end" wrap="wrap">
        <NativeSelect
          label={intl.formatMessage({ id: 'exchange.year' })}
          value={year}
          data={Array.from({ length: 6 }, (_, i) => String(thisYear - i))}
          onChange={(e) => setYear(e.currentTarget.value)}
        />
        <Button component="a" href={`/api/indicators/exchange?year=${year}`} download variant="light">
          <FormattedMessage id="exchange.download" />
        </Button>
      </Group>
      <Card withBorder component="section" aria-labelledby="exchange-import">
        <Title order={2} size="h4" id="exchange-import" mb="sm">
          <FormattedMessage id="exchange.importTitle" />
        </Title>
        <Group align="end" wrap="wrap">
          <FileInput
            label={intl.formatMessage({ id: 'exchange.file' })}
            accept=".json,application/json"
            value={file}
            onChange={setFile}
            placeholder={intl.formatMessage({ id: 'exchange.choose' })}
            w={320}
          />
          <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
            <FormattedMessage id="exchange.import" />
          </Button>
        </Group>
        {upload.error && !(upload.error as { code?: string }).code ? (
          <Alert color="red" mt="sm" role="alert">
            {upload.error.message}
          </Alert>
        ) : (
          <ErrorAlert error={upload.error} reloadKey={null} />
        )}
      </Card>
      <QueryState query={imported}>
        {(sets) =>
          sets.length === 0 ? (
            <Text c="dimmed">
              <FormattedMessage id="exchange.none" />
            </Text>
          ) : (
            <Table withTableBorder striped>
              <Table.Thead>
                <Table.Tr>
                  {['country', 'period', 'importedAt', 'compare'].map((c) => (
                    <Table.Th scope="col" key={c}>
                      {intl.formatMessage({ id: `exchange.col.${c}` })}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sets.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Th scope="row">
                      {names.country(s.country)} — {s.organisation}
                    </Table.Th>
                    <Table.Td>
                      {format.date(s.periodFrom)} – {format.date(s.periodTo)}
                    </Table.Td>
                    <Table.Td>{format.dateTime(s.importedAt)}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="light" onClick={() => setCompare(s.id)}>
                        <FormattedMessage id="exchange.compare" />
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
      {compare && <Comparison id={compare} year={year} />}
    </Stack>
  );
}

/** Headline figures of both documents, indicator by indicator. */
function Comparison({ id, year }: { id: string; year: string }) {
  const intl = useIntl();
  const format = useFormat();
  const names = useNames();
  const query = useQuery({
    queryKey: ['exchange-compare', id, year],
    queryFn: () =>
      api<{ ours: ExchangeDocument; theirs: ExchangeDocument }>(
        'GET',
        `/api/indicators/exchange/imported/${id}/compare?year=${year}`,
      ),
  });
  const value = (v: number | null | undefined) => (v === null || v === undefined ? '<5' : format.number(v));
  return (
    <QueryState query={query}>
      {({ ours, theirs }) => (
        <Card withBorder component="section" aria-labelledby="exchange-compare">
          <Title order={2} size="h4" id="exchange-compare" mb="sm">
            {intl.formatMessage(
              { id: 'exchange.side' },
              { ours: names.country(ours.country), theirs: names.country(theirs.country) },
            )}
          </Title>
          <Table.ScrollContainer minWidth={560}>
            <Table withTableBorder striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{intl.formatMessage({ id: 'exchange.col.figure' })}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {names.country(ours.country)} ({format.date(ours.period.from)} –{' '}
                    {format.date(ours.period.to)})
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {names.country(theirs.country)} ({format.date(theirs.period.from)} –{' '}
                    {format.date(theirs.period.to)})
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ours.indicators.flatMap((i) => {
                  const other = theirs.indicators.find((x) => x.id === i.id);
                  return Object.keys(i.summary).map((key) => (
                    <Table.Tr key={`${i.id}-${key}`}>
                      <Table.Th scope="row" fw={400}>
                        {intl.formatMessage({ id: `dashboard.indicator.${i.id}` })} —{' '}
                        {intl.formatMessage({ id: `exchange.summary.${key}` })}
                      </Table.Th>
                      <Table.Td ta="right">{value(i.summary[key])}</Table.Td>
                      <Table.Td ta="right">{other ? value(other.summary[key]) : '—'}</Table.Td>
                    </Table.Tr>
                  ));
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
    </QueryState>
  );
}
