import { Anchor, Group, Table, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ExportMenu } from '../../components/ui/ExportMenu';
import { useFormat, useLocalized } from '../../lib/format';
import { useLocations } from '../../lib/organisation';
import type { RecruitmentLists } from './api';
import { InquiryOutcome } from './InquiryOutcome';
import { EVENT_KINDS } from './recruitment-labels';

type Props = { data: RecruitmentLists };

function useT() {
  const intl = useIntl();
  return (id: string) => intl.formatMessage({ id });
}

function Head({ columns }: { columns: string[] }) {
  const t = useT();
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((c) => (
          <Table.Th key={c} scope="col">
            {t(c)}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

export function CampaignsTable({ data }: Props) {
  const t = useT();
  const format = useFormat();
  return (
    <>
      <Title order={2} size="h3">
        {t('recruitment.campaigns')}
      </Title>
      <Table striped withTableBorder>
        <Head
          columns={[
            'recruitment.name',
            'recruitment.kind',
            'recruitment.startsOn',
            'funnel.stage.inquiries',
            'funnel.stage.applications',
          ]}
        />
        <Table.Tbody>
          {data.campaigns.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td>{t(`recruitment.kind.${c.kind}`)}</Table.Td>
              <Table.Td>{format.date(c.startsOn)}</Table.Td>
              <Table.Td>{format.number(c.inquiries)}</Table.Td>
              <Table.Td>{format.number(c.applications)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

export function AmbassadorsTable({ data }: Props) {
  const t = useT();
  const format = useFormat();
  return (
    <>
      <Title order={2} size="h3">
        {t('recruitment.ambassadors')}
      </Title>
      <Table striped withTableBorder>
        <Head
          columns={[
            'recruitment.name',
            'recruitment.province',
            'recruitment.events',
            'funnel.stage.inquiries',
            'recruitment.recruited',
          ]}
        />
        <Table.Tbody>
          {data.ambassadors.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{a.name}</Table.Td>
              <Table.Td>{a.province}</Table.Td>
              <Table.Td>{format.number(a.events)}</Table.Td>
              <Table.Td>{format.number(a.inquiries)}</Table.Td>
              <Table.Td>{format.number(a.ambassadorsRecruited)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

export function EventsTable({ data }: Props) {
  const t = useT();
  const format = useFormat();
  const nameOf = (list: { id: string; name: string }[], id: string | null) =>
    list.find((x) => x.id === id)?.name ?? t('common.none');
  return (
    <>
      <Title order={2} size="h3">
        {t('recruitment.outreachEvents')}
      </Title>
      <Table.ScrollContainer minWidth={600}>
        <Table striped withTableBorder>
          <Head
            columns={[
              'recruitment.heldOn',
              'recruitment.kind',
              'recruitment.place',
              'funnel.by.campaign',
              'funnel.by.ambassador',
              'recruitment.attendees',
            ]}
          />
          <Table.Tbody>
            {data.events.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{format.date(e.heldOn)}</Table.Td>
                <Table.Td>{t(EVENT_KINDS[e.kind])}</Table.Td>
                <Table.Td>{e.place}</Table.Td>
                <Table.Td>{nameOf(data.campaigns, e.campaignId)}</Table.Td>
                <Table.Td>{nameOf(data.ambassadors, e.ambassadorId)}</Table.Td>
                <Table.Td>{format.number(e.attendees)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

export function InquiriesTable({ data, canManage }: Props & { canManage: boolean }) {
  const t = useT();
  const format = useFormat();
  const localized = useLocalized();
  const locations = useLocations();
  const locationName = (id: string | null) => {
    const found = id ? locations.data?.find((l) => l.id === id) : undefined;
    return found ? localized(found.name) : t('common.none');
  };
  const columns = [
    'recruitment.receivedOn',
    'recruitment.contact',
    'recruitment.source',
    'foster.location.label',
    'recruitment.status',
    ...(canManage ? ['foster.col.change'] : []),
  ];
  return (
    <>
      <Group justify="space-between" align="end">
        <Title order={2} size="h3">
          {t('recruitment.inquiries')}
        </Title>
        <ExportMenu url="/api/exports/foster-inquiries" />
      </Group>
      <Text size="sm" c="dimmed">
        {format.number(data.inquiries.length)}
      </Text>
      <Table.ScrollContainer minWidth={600}>
        <Table striped withTableBorder>
          <Head columns={columns} />
          <Table.Tbody>
            {data.inquiries.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>{format.date(i.receivedOn)}</Table.Td>
                <Table.Td>{i.contactName}</Table.Td>
                <Table.Td>{t(`funnel.source.${i.source}`)}</Table.Td>
                <Table.Td>{locationName(i.locationId)}</Table.Td>
                <Table.Td>
                  {t(`recruitment.status.${i.status}`)}
                  {i.dropReasonCode ? ` — ${t(`funnel.dropReason.${i.dropReasonCode}`)}` : ''}
                  {i.dropReason ? ` (${i.dropReason})` : ''}
                  {i.familyId && i.familyReference && (
                    <>
                      {' — '}
                      <Anchor component={Link} to={`/foster/${i.familyId}`}>
                        {i.familyReference}
                      </Anchor>
                    </>
                  )}
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    <InquiryOutcome inquiry={i} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
