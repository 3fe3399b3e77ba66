import { Alert, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import type { LocalizedText } from '../../../common/i18n/locales';
import { QueryState } from '../../components/ui/QueryState';
import { ApiError } from '../../lib/api';
import { useFormat, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useCountryFigures } from './api';
import { FigureCard } from './FigureCard';
import type { Words } from './figure-text';

/** Years offered in the filter: the fifteen up to this one. */
const YEARS_OFFERED = 15;

/**
 * Countries side by side (issue 17 item 6): the hub's five comparable figures, each as a chart of
 * countries by year with its table and definition, from each country's latest indicator document.
 * The years are in the address, so a view can be shared with the group.
 */
export function CountryFiguresPage() {
  usePageTitle('cooperation.figures.title');
  const intl = useIntl();
  const format = useFormat();
  const localized = useLocalized();
  const [params, setParams] = useSearchParams();
  const year = (key: string) => (params.get(key) ? Number(params.get(key)) : null);
  const query = useCountryFigures(year('from'), year('to'));
  const thisYear = new Date().getFullYear();
  const offered = Array.from({ length: YEARS_OFFERED }, (_, i) => String(thisYear - i));
  const choose = (key: 'from' | 'to', value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  const words: Words = {
    number: format.number,
    withheld: intl.formatMessage({ id: 'cooperation.figures.withheld' }),
    missing: (why) => intl.formatMessage({ id: `cooperation.figures.missing.${why}` }),
    noDocument: intl.formatMessage({ id: 'cooperation.figures.noDocument' }),
  };
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="cooperation.figures.title" />
      </Title>
      <Text c="dimmed" maw={760}>
        <FormattedMessage id="cooperation.figures.intro" />
      </Text>
      <Group align="end" wrap="wrap">
        {(['from', 'to'] as const).map((key) => (
          <NativeSelect
            key={key}
            label={intl.formatMessage({ id: `cooperation.figures.${key}Year` })}
            value={String(year(key) ?? query.data?.[key] ?? '')}
            data={offered}
            onChange={(e) => choose(key, e.currentTarget.value)}
          />
        ))}
      </Group>
      {query.error instanceof ApiError && query.error.status === 404 ? (
        // Not the hub: the space lives only on the installation switched to be one (decision 0045).
        <Alert color="gray">
          <FormattedMessage id="cooperation.figures.notHub" />
        </Alert>
      ) : (
        <QueryState query={query}>
          {(data) => {
            const name = (code: string) =>
              localized(data.countries.find((c) => c.code === code)?.names as LocalizedText | undefined) ||
              code;
            const without = data.countries.filter((c) => c.years.length === 0);
            const any = data.countries.some((c) => c.years.length > 0);
            return (
              <Stack>
                {without.length > 0 && any && (
                  <Text size="sm">
                    <FormattedMessage
                      id="cooperation.figures.countriesWithout"
                      values={{ countries: without.map((c) => name(c.code)).join(', ') }}
                    />
                  </Text>
                )}
                {any ? (
                  data.figures.map((f) => (
                    <FigureCard key={f.id} data={data} figure={f} countryName={name} words={words} />
                  ))
                ) : (
                  <Alert color="gray">
                    <FormattedMessage id="cooperation.figures.empty" />
                  </Alert>
                )}
              </Stack>
            );
          }}
        </QueryState>
      )}
    </Stack>
  );
}
