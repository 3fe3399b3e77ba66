import { Anchor, Group, NativeSelect, Stack, Table, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { APPLICATION_STATUSES, COUNTRIES } from '../../../common/foster';
import { placeLabel } from '../../../common/places/places';
import { FilterBar } from '../../components/filters/FilterBar';
import { ExportMenu } from '../../components/ui/ExportMenu';
import { PagedResults } from '../../components/ui/PagedResults';
import { useLocale } from '../../i18n/I18nProvider';
import { useAddressFilter } from '../../lib/address-filter';
import { localDay } from '../../lib/dates';
import { useFormat } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { type FamilySummary, useFamilies } from './api';
import { StatusBadge, useFosterLabel } from './shared';
import { UnmatchedDistricts } from './UnmatchedDistricts';

const PAGE_SIZE = 50;

/** Applicant and approved foster families; the filters live in the address. */
export function FamiliesPage() {
  usePageTitle('foster.list.title');
  const intl = useIntl();
  const label = useFosterLabel();
  const { filter, page, set } = useAddressFilter(['country', 'status'] as const);
  const { country, status } = filter;
  const query = useFamilies({
    country: country || undefined,
    status: status || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const any = { value: '', label: intl.formatMessage({ id: 'foster.any' }) };

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={1}>
          <FormattedMessage id="foster.list.title" />
        </Title>
        <ExportMenu url="/api/exports/foster-families" params={{ country, status }} />
      </Group>
      <UnmatchedDistricts />
      <FilterBar label={intl.formatMessage({ id: 'foster.list.filters' })}>
        <NativeSelect
          label={intl.formatMessage({ id: 'foster.field.country' })}
          value={country}
          onChange={(e) => set('country', e.currentTarget.value)}
          data={[any, ...COUNTRIES.map((c) => ({ value: c, label: label('country', c) }))]}
        />
        <NativeSelect
          label={intl.formatMessage({ id: 'foster.col.status' })}
          value={status}
          onChange={(e) => set('status', e.currentTarget.value)}
          data={[any, ...APPLICATION_STATUSES.map((s) => ({ value: s, label: label('status', s) }))]}
        />
      </FilterBar>
      <PagedResults query={query} emptyMessage="foster.list.empty" onPage={(p) => set('page', String(p))}>
        {(items) => <FamilyTable families={items} />}
      </PagedResults>
    </Stack>
  );
}

function FamilyTable({ families }: { families: FamilySummary[] }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useFosterLabel();
  const none = intl.formatMessage({ id: 'common.none' });
  const { locale } = useLocale();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {[
              'foster.col.reference',
              'foster.col.applicants',
              'foster.field.country',
              'foster.field.district',
              'foster.col.status',
              'foster.col.submitted',
              'foster.col.openRequirements',
              'foster.col.approvalExpires',
            ].map((id) => (
              <Table.Th scope="col" key={id}>
                {intl.formatMessage({ id })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {families.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td>
                <Anchor component={Link} to={`/foster/${f.id}`} style={{ whiteSpace: 'nowrap' }}>
                  {f.reference}
                </Anchor>
              </Table.Td>
              <Table.Td>{f.applicants || none}</Table.Td>
              <Table.Td>{label('country', f.country)}</Table.Td>
              <Table.Td>{f.districtCode ? placeLabel(f.districtCode, locale) : f.district || none}</Table.Td>
              <Table.Td>
                <StatusBadge status={f.status} />
              </Table.Td>
              <Table.Td>{format.date(localDay(f.submittedAt))}</Table.Td>
              <Table.Td>{format.number(f.openRequirements)}</Table.Td>
              <Table.Td>{f.approvalExpiresOn ? format.date(f.approvalExpiresOn) : none}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
