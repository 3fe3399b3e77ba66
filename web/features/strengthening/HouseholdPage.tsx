import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { householdMemberInputSchema } from '../../../common/contracts/strengthening';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { personName } from '../../lib/person-name';
import { AssessmentsTab } from './AssessmentsTab';
import { type HouseholdDetail, useAddMember, useChangeHousehold, useHousehold, useWorkers } from './api';
import { ConsentPanel } from './ConsentPanel';
import { EnrolmentPanel } from './EnrolmentPanel';
import {
  emptyMember,
  MemberFields,
  type MemberForm,
  memberBody,
  pathErrors,
  serverPathErrors,
  useMemberLabel,
} from './MemberFields';
import { PlanTab } from './PlanTab';
import { ServicesTab } from './ServicesTab';
import { EnrolmentBadge, Fact, Section, useFsLabel } from './shared';

const TABS = ['overview', 'assessments', 'plan', 'services'] as const;

/** One family's record, as far as the user may see it; the open tab is part of the address. */
export function HouseholdPage() {
  const { id = '' } = useParams();
  const query = useHousehold(id);
  usePageTitle('strengthening.nav', query.data?.reference);
  return (
    <Stack>
      <Anchor component={Link} to="/strengthening" size="sm">
        <FormattedMessage id="strengthening.back" />
      </Anchor>
      <QueryState query={query}>{(h) => <Household household={h} />}</QueryState>
    </Stack>
  );
}

/** The current enrolment: the open one, else the latest. */
export function currentEnrolment(h: HouseholdDetail) {
  return h.enrolments.find((e) => e.status !== 'exited') ?? h.enrolments[0] ?? null;
}

function Household({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const full = h.access.level !== 'summary';
  const tabs = full ? TABS : (['overview'] as const);
  const tab = tabs.find((x) => x === params.get('tab')) ?? 'overview';
  const enrolment = currentEnrolment(h);
  const adults = h.members.filter((m) => m.relationship !== 'child').map(personName);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="end" wrap="wrap">
        <div>
          <Title order={1}>
            <FormattedMessage id="strengthening.household.title" values={{ reference: h.reference }} />
          </Title>
          {adults.length > 0 && <Text c="dimmed">{adults.join(', ')}</Text>}
        </div>
        <EnrolmentBadge status={enrolment?.status ?? null} />
      </Group>
      {params.get('registered') && tab === 'assessments' && (
        <Alert color="teal" role="status">
          <FormattedMessage id="strengthening.new.saved" />
        </Alert>
      )}
      {h.access.level !== 'full' && (
        <Alert
          color="blue"
          role="note"
          title={intl.formatMessage({ id: `strengthening.access.${h.access.level}` })}
        >
          <FormattedMessage id={`strengthening.access.${h.access.level}.explain`} />
        </Alert>
      )}
      <Tabs
        value={tab}
        keepMounted={false}
        onChange={(value) => {
          const next = new URLSearchParams();
          next.set('tab', value ?? 'overview');
          setParams(next, { replace: true });
        }}
      >
        <Tabs.List style={{ overflowX: 'auto', flexWrap: 'wrap' }}>
          {tabs.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {intl.formatMessage({ id: `strengthening.tab.${x}` })}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <Overview household={h} />
        </Tabs.Panel>
        {full && (
          <>
            <Tabs.Panel value="assessments" pt="md">
              <AssessmentsTab household={h} />
            </Tabs.Panel>
            <Tabs.Panel value="plan" pt="md">
              <PlanTab household={h} />
            </Tabs.Panel>
            <Tabs.Panel value="services" pt="md">
              <ServicesTab household={h} />
            </Tabs.Panel>
          </>
        )}
      </Tabs>
    </Stack>
  );
}

function Overview({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const full = h.access.level !== 'summary';
  return (
    <Stack gap="lg">
      <Facts household={h} />
      {h.access.canWrite && <ContactForm household={h} />}
      <Section title={t('strengthening.members.title')} id="fs-members">
        <Members household={h} />
        {h.access.canWrite && <AddMember household={h} />}
      </Section>
      {full && h.consents && <ConsentPanel household={h} />}
      <EnrolmentPanel household={h} />
    </Stack>
  );
}

function Facts({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const localized = useLocalized();
  const t = (id: string) => intl.formatMessage({ id });
  const none = t('common.none');
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} component="dl" m={0}>
        <Fact label={t('strengthening.field.location')}>{localized(h.locationName)}</Fact>
        <Fact label={t('strengthening.field.worker')}>{h.workerName ?? none}</Fact>
        {h.address !== null && <Fact label={t('strengthening.field.address')}>{h.address || none}</Fact>}
        {h.phone !== null && (
          <Fact label={t('strengthening.field.phone')}>
            {h.phone ? <Anchor href={`tel:${h.phone.replace(/[^+0-9]/g, '')}`}>{h.phone}</Anchor> : none}
          </Fact>
        )}
      </SimpleGrid>
    </Paper>
  );
}

function ContactForm({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const change = useChangeHousehold(h.id);
  const workers = useWorkers(h.locationId);
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({
    address: h.address ?? '',
    phone: h.phone ?? '',
    workerId: h.workerId ?? '',
  });
  const t = (id: string) => intl.formatMessage({ id });
  if (!open)
    return (
      <Group>
        <Button variant="default" size="xs" onClick={() => setOpen(true)}>
          <FormattedMessage id="strengthening.household.edit" />
        </Button>
      </Group>
    );
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await change.mutateAsync({ version: h.version, ...form, workerId: form.workerId || null });
      setOpen(false);
    } catch {
      // Shown by the alert.
    }
  }
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit}>
      <Stack gap="sm">
        <ErrorAlert
          error={change.error}
          onReload={() =>
            setForm({ address: h.address ?? '', phone: h.phone ?? '', workerId: h.workerId ?? '' })
          }
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('strengthening.field.address')}
            value={form.address}
            onChange={(e) => setForm({ ...form, address: e.currentTarget.value })}
          />
          <TextInput
            label={t('strengthening.field.phone')}
            type="tel"
            value={form.phone}
            onChange={(e) => setForm({ ...form, phone: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('strengthening.field.workerId')}
            value={form.workerId}
            onChange={(e) => setForm({ ...form, workerId: e.currentTarget.value })}
            data={[
              { value: '', label: t('common.none') },
              ...(workers.data ?? []).map((w) => ({ value: w.id, label: w.displayName })),
            ]}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setOpen(false)}>
            <FormattedMessage id="strengthening.cancel" />
          </Button>
          <Button type="submit" loading={change.isPending}>
            <FormattedMessage id="strengthening.save" />
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Members({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useFsLabel();
  const memberLabel = useMemberLabel();
  const none = intl.formatMessage({ id: 'common.none' });
  if (!h.members.length)
    return (
      <Text c="dimmed">
        <FormattedMessage id="strengthening.members.none" />
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{memberLabel('name')}</Table.Th>
            <Table.Th scope="col">{memberLabel('relationship')}</Table.Th>
            <Table.Th scope="col">{memberLabel('birthDate')}</Table.Th>
            <Table.Th scope="col">{memberLabel('case')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {h.members.map((m) => (
            <Table.Tr key={m.personId}>
              <Table.Th scope="row" fw={500}>
                {personName(m)}
              </Table.Th>
              <Table.Td>{label('relationship', m.relationship)}</Table.Td>
              <Table.Td>{m.birthDate ? format.date(m.birthDate) : none}</Table.Td>
              <Table.Td>
                {m.caseId ? (
                  <Anchor component={Link} to={`/cases/${m.caseId}`}>
                    {m.caseNumber}
                  </Anchor>
                ) : (
                  none
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function AddMember({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const memberLabel = useMemberLabel();
  const add = useAddMember(h.id);
  const [member, setMember] = useState<MemberForm | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (!member)
    return (
      <Group>
        <Button
          variant="default"
          size="xs"
          onClick={() => setMember(emptyMember('child', h.members[0]?.familyName ?? ''))}
        >
          <FormattedMessage id="strengthening.members.add" />
        </Button>
      </Group>
    );
  const parents = h.members
    .filter((m) => m.relationship === 'mother' || m.relationship === 'father')
    .map((m) => `${m.givenName} ${m.familyName}`);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = memberBody(member!);
    const checked = householdMemberInputSchema.safeParse(body, { reportInput: true });
    setErrors(pathErrors(intl, checked, memberLabel));
    if (!checked.success) return;
    try {
      await add.mutateAsync(body);
      setMember(null);
    } catch (e) {
      setErrors(serverPathErrors(e));
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <MemberFields
          legend={intl.formatMessage({ id: 'strengthening.members.add' })}
          value={member}
          parentNames={parents}
          errors={errors}
          onChange={(next) => {
            setMember(next);
            // After a refused save each change is checked again: a message goes once the field is right.
            if (Object.keys(errors).length > 0) {
              const checked = householdMemberInputSchema.safeParse(memberBody(next), { reportInput: true });
              setErrors(pathErrors(intl, checked, memberLabel));
            }
          }}
        />
        <ErrorAlert error={add.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setMember(null)}>
            <FormattedMessage id="strengthening.cancel" />
          </Button>
          <Button type="submit" loading={add.isPending}>
            <FormattedMessage id="strengthening.save" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
