import {
  Alert,
  Button,
  Card,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import type { z } from 'zod';
import {
  type ambassadorViewSchema,
  type campaignViewSchema,
  INQUIRY_SOURCES,
  type inquiryViewSchema,
} from '../../../common/contracts/recruitment';
import { QueryState } from '../../components/ui/QueryState';
import { api } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useCan } from '../auth/SessionProvider';

interface Lists {
  campaigns: z.infer<typeof campaignViewSchema>[];
  ambassadors: z.infer<typeof ambassadorViewSchema>[];
  inquiries: z.infer<typeof inquiryViewSchema>[];
}

const todayIso = () => new Date().toISOString().slice(0, 10);

/** Campaigns, volunteer ambassadors and inquiries with their source — what feeds the funnel. */
export function RecruitmentPage() {
  const intl = useIntl();
  const format = useFormat();
  const t = (id: string) => intl.formatMessage({ id });
  const canManage = useCan('foster.manage');
  const client = useQueryClient();
  const lists = useQuery({
    queryKey: ['recruitment'],
    queryFn: () => api<Lists>('GET', '/api/foster/recruitment'),
  });
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
    receivedOn: todayIso(),
  });
  const submit = (url: string, body: unknown) => (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ url, body });
  };

  return (
    <Stack>
      <Title order={1}>{t('recruitment.title')}</Title>
      {save.isError && (
        <Alert color="red" role="alert">
          {save.error.message}
        </Alert>
      )}
      <QueryState query={lists}>
        {(data) => (
          <Stack>
            {canManage && (
              <SimpleGrid cols={{ base: 1, md: 3 }}>
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
                  onSubmit={submit('/api/foster/inquiries', {
                    ...inquiry,
                    campaignId: inquiry.campaignId || null,
                    ambassadorId: inquiry.ambassadorId || null,
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
              {t('recruitment.inquiries')}
            </Title>
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
                    <Table.Th scope="col">{t('recruitment.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.inquiries.map((i) => (
                    <Table.Tr key={i.id}>
                      <Table.Td>{format.date(i.receivedOn)}</Table.Td>
                      <Table.Td>{i.contactName}</Table.Td>
                      <Table.Td>{t(`funnel.source.${i.source}`)}</Table.Td>
                      <Table.Td>
                        {t(`recruitment.status.${i.status}`)}
                        {i.dropReason ? ` — ${i.dropReason}` : ''}
                      </Table.Td>
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
