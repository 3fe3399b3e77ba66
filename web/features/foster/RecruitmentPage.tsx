import {
  Anchor,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { type eventBodySchema, INQUIRY_SOURCES } from '../../../common/contracts/recruitment';
import { ExportMenu } from '../../components/ui/ExportMenu';
import { QueryState } from '../../components/ui/QueryState';
import { api } from '../../lib/api';
import { useFormat, useLocalized } from '../../lib/format';
import { useLocations } from '../../lib/organisation';
import { usePageTitle } from '../../lib/page-title';
import { useCan } from '../../lib/session';
import { useRecruitment } from './api';
import { InquiryOutcome } from './InquiryOutcome';
import { ServerError } from './shared';

const todayIso = () => new Date().toISOString().slice(0, 10);

type EventKind = (typeof eventBodySchema.shape.kind.options)[number];
/** The kinds of outreach event; a Foster Family Day and "other" share the campaigns' labels. */
const EVENT_KINDS: Record<EventKind, string> = {
  awareness_meeting: 'recruitment.eventKind.awareness_meeting',
  foster_family_day: 'recruitment.kind.foster_family_day',
  info_session: 'recruitment.eventKind.info_session',
  other: 'recruitment.kind.other',
};
const eventKinds = Object.keys(EVENT_KINDS) as EventKind[];
const newEvent = () => ({
  country: 'AZ',
  kind: 'awareness_meeting' as EventKind,
  heldOn: todayIso(),
  place: '',
  campaignId: '',
  ambassadorId: '',
  attendees: 0 as number | string,
});

/** Campaigns, volunteer ambassadors, outreach events and inquiries with their source — what feeds the funnel. */
export function RecruitmentPage() {
  usePageTitle('recruitment.title');
  const intl = useIntl();
  const format = useFormat();
  const localized = useLocalized();
  const t = (id: string) => intl.formatMessage({ id });
  const canManage = useCan('foster.manage');
  const client = useQueryClient();
  const lists = useRecruitment();
  // The offices in the officer's scope: where an inquiry came in, so the funnel counts it there.
  const locations = useLocations();
  const locationName = (id: string | null) => {
    const found = id ? locations.data?.find((l) => l.id === id) : undefined;
    return found ? localized(found.name) : t('common.none');
  };
  const save = useMutation({
    mutationFn: ({ url, body }: { url: string; body: unknown }) => api<{ id: string }>('POST', url, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['recruitment'] });
      void client.invalidateQueries({ queryKey: ['funnel'] });
    },
  });
  const [campaign, setCampaign] = useState({
    country: 'AZ',
    name: '',
    kind: 'awareness',
    startsOn: todayIso(),
  });
  const [ambassador, setAmbassador] = useState({
    country: 'AZ',
    name: '',
    province: '',
    joinedOn: todayIso(),
  });
  const [inquiry, setInquiry] = useState({
    country: 'AZ',
    contactName: '',
    phone: '',
    source: 'website',
    campaignId: '',
    ambassadorId: '',
    locationId: '',
    receivedOn: todayIso(),
  });
  const [outreach, setOutreach] = useState(newEvent);
  const submit = (url: string, body: unknown, onSaved?: () => void) => (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ url, body }, { onSuccess: onSaved });
  };

  return (
    <Stack>
      <Title order={1}>{t('recruitment.title')}</Title>
      <ServerError error={save.error} />
      <QueryState query={lists}>
        {(data) => (
          <Stack>
            {canManage && (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Card withBorder component="form" onSubmit={submit('/api/foster/campaigns', campaign)}>
                  <Title order={2} size="h4">
                    {t('recruitment.newCampaign')}
                  </Title>
                  <TextInput
                    label={t('recruitment.name')}
                    required
                    value={campaign.name}
                    onChange={(e) => setCampaign({ ...campaign, name: e.currentTarget.value })}
                  />
                  <NativeSelect
                    label={t('recruitment.kind')}
                    value={campaign.kind}
                    onChange={(e) => setCampaign({ ...campaign, kind: e.currentTarget.value })}
                    data={['awareness', 'foster_family_day', 'media', 'other'].map((k) => ({
                      value: k,
                      label: t(`recruitment.kind.${k}`),
                    }))}
                  />
                  <TextInput
                    type="date"
                    label={t('recruitment.startsOn')}
                    value={campaign.startsOn}
                    onChange={(e) => setCampaign({ ...campaign, startsOn: e.currentTarget.value })}
                  />
                  <Button
                    type="submit"
                    mt="sm"
                    loading={save.isPending}
                    disabled={campaign.name.trim().length < 2}
                  >
                    {t('users.save')}
                  </Button>
                </Card>
                <Card withBorder component="form" onSubmit={submit('/api/foster/ambassadors', ambassador)}>
                  <Title order={2} size="h4">
                    {t('recruitment.newAmbassador')}
                  </Title>
                  <TextInput
                    label={t('recruitment.name')}
                    required
                    value={ambassador.name}
                    onChange={(e) => setAmbassador({ ...ambassador, name: e.currentTarget.value })}
                  />
                  <TextInput
                    label={t('recruitment.province')}
                    value={ambassador.province}
                    onChange={(e) => setAmbassador({ ...ambassador, province: e.currentTarget.value })}
                  />
                  <TextInput
                    type="date"
                    label={t('recruitment.joinedOn')}
                    value={ambassador.joinedOn}
                    onChange={(e) => setAmbassador({ ...ambassador, joinedOn: e.currentTarget.value })}
                  />
                  <Button
                    type="submit"
                    mt="sm"
                    loading={save.isPending}
                    disabled={ambassador.name.trim().length < 2}
                  >
                    {t('users.save')}
                  </Button>
                </Card>
                <Card
                  withBorder
                  component="form"
                  onSubmit={submit(
                    '/api/foster/events',
                    {
                      ...outreach,
                      campaignId: outreach.campaignId || null,
                      ambassadorId: outreach.ambassadorId || null,
                      attendees: Number(outreach.attendees) || 0,
                    },
                    () => setOutreach(newEvent()),
                  )}
                >
                  <Title order={2} size="h4">
                    {t('recruitment.newEvent')}
                  </Title>
                  <NativeSelect
                    label={t('recruitment.kind')}
                    value={outreach.kind}
                    onChange={(e) => setOutreach({ ...outreach, kind: e.currentTarget.value as EventKind })}
                    data={eventKinds.map((k) => ({ value: k, label: t(EVENT_KINDS[k]) }))}
                  />
                  <TextInput
                    type="date"
                    label={t('recruitment.heldOn')}
                    required
                    value={outreach.heldOn}
                    onChange={(e) => setOutreach({ ...outreach, heldOn: e.currentTarget.value })}
                  />
                  <TextInput
                    label={t('recruitment.place')}
                    maxLength={200}
                    value={outreach.place}
                    onChange={(e) => setOutreach({ ...outreach, place: e.currentTarget.value })}
                  />
                  <NativeSelect
                    label={t('funnel.by.campaign')}
                    value={outreach.campaignId}
                    onChange={(e) => setOutreach({ ...outreach, campaignId: e.currentTarget.value })}
                    data={[
                      { value: '', label: '—' },
                      ...data.campaigns.map((c) => ({ value: c.id, label: c.name })),
                    ]}
                  />
                  <NativeSelect
                    label={t('funnel.by.ambassador')}
                    value={outreach.ambassadorId}
                    onChange={(e) => setOutreach({ ...outreach, ambassadorId: e.currentTarget.value })}
                    data={[
                      { value: '', label: '—' },
                      ...data.ambassadors.map((a) => ({ value: a.id, label: a.name })),
                    ]}
                  />
                  <NumberInput
                    label={t('recruitment.attendees')}
                    min={0}
                    max={100_000}
                    allowDecimal={false}
                    allowNegative={false}
                    value={outreach.attendees}
                    onChange={(value) => setOutreach({ ...outreach, attendees: value })}
                  />
                  <Button type="submit" mt="sm" loading={save.isPending} disabled={!outreach.heldOn}>
                    {t('users.save')}
                  </Button>
                </Card>
                <Card
                  withBorder
                  component="form"
                  onSubmit={submit('/api/foster/inquiries', {
                    ...inquiry,
                    campaignId: inquiry.campaignId || null,
                    ambassadorId: inquiry.ambassadorId || null,
                    locationId: inquiry.locationId || null,
                  })}
                >
                  <Title order={2} size="h4">
                    {t('recruitment.newInquiry')}
                  </Title>
                  <TextInput
                    label={t('recruitment.contact')}
                    required
                    value={inquiry.contactName}
                    onChange={(e) => setInquiry({ ...inquiry, contactName: e.currentTarget.value })}
                  />
                  <TextInput
                    label={t('recruitment.phone')}
                    value={inquiry.phone}
                    onChange={(e) => setInquiry({ ...inquiry, phone: e.currentTarget.value })}
                  />
                  <NativeSelect
                    label={t('recruitment.source')}
                    value={inquiry.source}
                    onChange={(e) => setInquiry({ ...inquiry, source: e.currentTarget.value })}
                    data={INQUIRY_SOURCES.map((s) => ({ value: s, label: t(`funnel.source.${s}`) }))}
                  />
                  <NativeSelect
                    label={t('funnel.by.campaign')}
                    value={inquiry.campaignId}
                    onChange={(e) => setInquiry({ ...inquiry, campaignId: e.currentTarget.value })}
                    data={[
                      { value: '', label: '—' },
                      ...data.campaigns.map((c) => ({ value: c.id, label: c.name })),
                    ]}
                  />
                  <NativeSelect
                    label={t('funnel.by.ambassador')}
                    value={inquiry.ambassadorId}
                    onChange={(e) => setInquiry({ ...inquiry, ambassadorId: e.currentTarget.value })}
                    data={[
                      { value: '', label: '—' },
                      ...data.ambassadors.map((a) => ({ value: a.id, label: a.name })),
                    ]}
                  />
                  <NativeSelect
                    label={t('foster.location.label')}
                    value={inquiry.locationId}
                    onChange={(e) => setInquiry({ ...inquiry, locationId: e.currentTarget.value })}
                    data={[
                      { value: '', label: '—' },
                      ...(locations.data ?? []).map((l) => ({ value: l.id, label: localized(l.name) })),
                    ]}
                  />
                  <TextInput
                    type="date"
                    label={t('recruitment.receivedOn')}
                    value={inquiry.receivedOn}
                    onChange={(e) => setInquiry({ ...inquiry, receivedOn: e.currentTarget.value })}
                  />
                  <Button
                    type="submit"
                    mt="sm"
                    loading={save.isPending}
                    disabled={inquiry.contactName.trim().length < 2}
                  >
                    {t('users.save')}
                  </Button>
                </Card>
              </SimpleGrid>
            )}
            <Title order={2} size="h3">
              {t('recruitment.campaigns')}
            </Title>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('recruitment.name')}</Table.Th>
                  <Table.Th scope="col">{t('recruitment.kind')}</Table.Th>
                  <Table.Th scope="col">{t('recruitment.startsOn')}</Table.Th>
                  <Table.Th scope="col">{t('funnel.stage.inquiries')}</Table.Th>
                  <Table.Th scope="col">{t('funnel.stage.applications')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
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
            <Title order={2} size="h3">
              {t('recruitment.ambassadors')}
            </Title>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('recruitment.name')}</Table.Th>
                  <Table.Th scope="col">{t('recruitment.province')}</Table.Th>
                  <Table.Th scope="col">{t('recruitment.events')}</Table.Th>
                  <Table.Th scope="col">{t('funnel.stage.inquiries')}</Table.Th>
                  <Table.Th scope="col">{t('recruitment.recruited')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
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
            <Title order={2} size="h3">
              {t('recruitment.outreachEvents')}
            </Title>
            <Table.ScrollContainer minWidth={600}>
              <Table striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('recruitment.heldOn')}</Table.Th>
                    <Table.Th scope="col">{t('recruitment.kind')}</Table.Th>
                    <Table.Th scope="col">{t('recruitment.place')}</Table.Th>
                    <Table.Th scope="col">{t('funnel.by.campaign')}</Table.Th>
                    <Table.Th scope="col">{t('funnel.by.ambassador')}</Table.Th>
                    <Table.Th scope="col">{t('recruitment.attendees')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.events.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Td>{format.date(e.heldOn)}</Table.Td>
                      <Table.Td>{t(EVENT_KINDS[e.kind])}</Table.Td>
                      <Table.Td>{e.place}</Table.Td>
                      <Table.Td>
                        {data.campaigns.find((c) => c.id === e.campaignId)?.name ?? t('common.none')}
                      </Table.Td>
                      <Table.Td>
                        {data.ambassadors.find((a) => a.id === e.ambassadorId)?.name ?? t('common.none')}
                      </Table.Td>
                      <Table.Td>{format.number(e.attendees)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
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
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('recruitment.receivedOn')}</Table.Th>
                    <Table.Th scope="col">{t('recruitment.contact')}</Table.Th>
                    <Table.Th scope="col">{t('recruitment.source')}</Table.Th>
                    <Table.Th scope="col">{t('foster.location.label')}</Table.Th>
                    <Table.Th scope="col">{t('recruitment.status')}</Table.Th>
                    {canManage && <Table.Th scope="col">{t('foster.col.change')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.inquiries.map((i) => (
                    <Table.Tr key={i.id}>
                      <Table.Td>{format.date(i.receivedOn)}</Table.Td>
                      <Table.Td>{i.contactName}</Table.Td>
                      <Table.Td>{t(`funnel.source.${i.source}`)}</Table.Td>
                      <Table.Td>{locationName(i.locationId)}</Table.Td>
                      <Table.Td>
                        {t(`recruitment.status.${i.status}`)}
                        {i.dropReason ? ` — ${i.dropReason}` : ''}
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
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
