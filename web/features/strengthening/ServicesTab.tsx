import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { serviceBodySchema, serviceReferralBodySchema } from '../../../common/contracts/strengthening';
import { SERVICE_REFERRAL_STATUSES, SERVICE_TYPES } from '../../../common/strengthening';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { useFormat } from '../../lib/format';
import {
  type HouseholdDetail,
  type ServiceReferralView,
  useChangeReferral,
  useRecordService,
  useReferToService,
} from './api';
import { pathErrors, serverPathErrors } from './MemberFields';
import { Section, useFsLabel, useFsOptions } from './shared';

/** Manats: amounts are shown with the currency code (the number in the interface language). */
export function useMoney() {
  const format = useFormat();
  return (amount: number) => `${format.number(amount)} AZN`;
}

/** Services delivered to the family, and its referrals to other services. */
export function ServicesTab({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const enrolled = h.enrolments.some((e) => e.status === 'enrolled');
  return (
    <Stack gap="xl">
      <Section title={t('strengthening.service.title')} id="fs-services">
        <Services household={h} />
        {h.access.canWrite &&
          (enrolled ? (
            <ServiceForm household={h} />
          ) : (
            <Text size="sm" c="dimmed">
              <FormattedMessage id="strengthening.service.needsEnrolment" />
            </Text>
          ))}
      </Section>
      <Section title={t('strengthening.referral.title')} id="fs-referrals">
        <Referrals household={h} />
        {h.access.canWrite && <ReferralForm household={h} />}
      </Section>
    </Stack>
  );
}

function Services({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const money = useMoney();
  const label = useFsLabel();
  const services = h.services ?? [];
  const none = intl.formatMessage({ id: 'common.none' });
  if (!services.length)
    return (
      <Text c="dimmed">
        <FormattedMessage id="strengthening.service.none" />
      </Text>
    );
  const total = services.reduce((sum, s) => sum + (s.cost ?? 0), 0);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {[
              'strengthening.service.deliveredOn',
              'strengthening.service.type',
              'strengthening.service.provider',
              'strengthening.service.cost',
              'strengthening.service.note',
            ].map((id) => (
              <Table.Th scope="col" key={id}>
                {intl.formatMessage({ id })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {services.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{format.date(s.deliveredOn)}</Table.Td>
              <Table.Td>{label('serviceType', s.type)}</Table.Td>
              <Table.Td>{s.provider || none}</Table.Td>
              <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                {s.cost === null ? none : money(s.cost)}
              </Table.Td>
              <Table.Td>{s.note || none}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row" colSpan={3}>
              <FormattedMessage id="strengthening.service.total" />
            </Table.Th>
            <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }} fw={600}>
              {money(Math.round(total * 100) / 100)}
            </Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

function ServiceForm({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const options = useFsOptions();
  const record = useRecordService(h.id);
  const empty = () => ({
    deliveredOn: isoToday(),
    type: '',
    provider: '',
    cost: '' as number | string,
    note: '',
  });
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const t = (id: string) => intl.formatMessage({ id: `strengthening.service.${id}` });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = { ...form, cost: form.cost === '' ? null : Number(form.cost) };
    const checked = serviceBodySchema.safeParse(body);
    setErrors(pathErrors(intl, checked, t));
    if (!checked.success) return;
    try {
      await record.mutateAsync(checked.data);
      setForm(empty());
    } catch (e) {
      setErrors(serverPathErrors(e));
    }
  }
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label={t('new')}>
      <Stack gap="sm">
        <Text fw={600}>{t('new')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <DateField
            w="100%"
            label={t('deliveredOn')}
            required
            value={form.deliveredOn}
            error={errors.deliveredOn}
            onChange={(e) => setForm({ ...form, deliveredOn: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('type')}
            required
            value={form.type}
            error={errors.type}
            onChange={(e) => setForm({ ...form, type: e.currentTarget.value })}
            data={options('serviceType', SERVICE_TYPES, 'choose')}
          />
          <TextInput
            label={t('provider')}
            value={form.provider}
            error={errors.provider}
            onChange={(e) => setForm({ ...form, provider: e.currentTarget.value })}
          />
          <NumberInput
            label={t('costAzn')}
            min={0}
            decimalScale={2}
            fixedDecimalScale
            allowNegative={false}
            decimalSeparator={intl.locale === 'en' ? '.' : ','}
            value={form.cost}
            error={errors.cost}
            onChange={(v) => setForm({ ...form, cost: v })}
          />
        </SimpleGrid>
        <TextInput
          label={t('note')}
          value={form.note}
          error={errors.note}
          onChange={(e) => setForm({ ...form, note: e.currentTarget.value })}
        />
        <ErrorAlert error={record.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending}>
            <FormattedMessage id="strengthening.service.save" />
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Referrals({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useFsLabel();
  const referrals = h.referrals ?? [];
  const none = intl.formatMessage({ id: 'common.none' });
  if (!referrals.length)
    return (
      <Text c="dimmed">
        <FormattedMessage id="strengthening.referral.none" />
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {[
              'strengthening.referral.referredOn',
              'strengthening.referral.toWhom',
              'strengthening.referral.reason',
              'strengthening.field.status',
              'strengthening.referral.outcome',
            ].map((id) => (
              <Table.Th scope="col" key={id}>
                {intl.formatMessage({ id })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {referrals.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{format.date(r.referredOn)}</Table.Td>
              <Table.Td>{r.toWhom}</Table.Td>
              <Table.Td>{r.reason || none}</Table.Td>
              <Table.Td>
                {h.access.canWrite ? <ReferralStatus referral={r} /> : label('referralStatus', r.status)}
              </Table.Td>
              <Table.Td>{r.outcome || none}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** What became of a referral, changed in place (with the outcome asked once it is settled). */
function ReferralStatus({ referral: r }: { referral: ServiceReferralView }) {
  const intl = useIntl();
  const options = useFsOptions();
  const change = useChangeReferral();
  const [status, setStatus] = useState<string>(r.status);
  const [outcome, setOutcome] = useState(r.outcome);
  const dirty = status !== r.status || outcome !== r.outcome;
  return (
    <Stack gap={4}>
      <NativeSelect
        aria-label={intl.formatMessage({ id: 'strengthening.referral.statusOf' }, { toWhom: r.toWhom })}
        size="xs"
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value)}
        data={options('referralStatus', SERVICE_REFERRAL_STATUSES)}
      />
      {status !== 'pending' && (
        <TextInput
          size="xs"
          aria-label={intl.formatMessage({ id: 'strengthening.referral.outcome' })}
          placeholder={intl.formatMessage({ id: 'strengthening.referral.outcome' })}
          value={outcome}
          onChange={(e) => setOutcome(e.currentTarget.value)}
        />
      )}
      {dirty && (
        <Button
          size="compact-xs"
          loading={change.isPending}
          onClick={() => change.mutate({ id: r.id, version: r.version, status, outcome })}
        >
          <FormattedMessage id="strengthening.save" />
        </Button>
      )}
      <ErrorAlert
        error={change.error}
        onReload={() => {
          setStatus(r.status);
          setOutcome(r.outcome);
        }}
      />
    </Stack>
  );
}

function ReferralForm({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const refer = useReferToService(h.id);
  const empty = () => ({ referredOn: isoToday(), toWhom: '', reason: '' });
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const t = (id: string) => intl.formatMessage({ id: `strengthening.referral.${id}` });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = serviceReferralBodySchema.safeParse(form);
    setErrors(pathErrors(intl, checked, t));
    if (!checked.success) return;
    try {
      await refer.mutateAsync(checked.data);
      setForm(empty());
    } catch (e) {
      setErrors(serverPathErrors(e));
    }
  }
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label={t('new')}>
      <Stack gap="sm">
        <Text fw={600}>{t('new')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <DateField
            w="100%"
            label={t('referredOn')}
            required
            value={form.referredOn}
            error={errors.referredOn}
            onChange={(e) => setForm({ ...form, referredOn: e.currentTarget.value })}
          />
          <TextInput
            label={t('toWhom')}
            required
            value={form.toWhom}
            error={errors.toWhom}
            onChange={(e) => setForm({ ...form, toWhom: e.currentTarget.value })}
          />
          <TextInput
            label={t('reason')}
            value={form.reason}
            error={errors.reason}
            onChange={(e) => setForm({ ...form, reason: e.currentTarget.value })}
          />
        </SimpleGrid>
        <ErrorAlert error={refer.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={refer.isPending}>
            <FormattedMessage id="strengthening.referral.save" />
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
