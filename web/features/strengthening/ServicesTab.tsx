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
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import {
  serviceBodySchema,
  serviceReferralBodySchema,
  serviceReferralUpdateSchema,
} from '../../../common/contracts/strengthening';
import { SERVICE_REFERRAL_STATUSES, SERVICE_TYPES } from '../../../common/strengthening';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { useSchemaForm } from '../../lib/form';
import { useFormat } from '../../lib/format';
import {
  type HouseholdDetail,
  type ServiceReferralView,
  useChangeReferral,
  useRecordService,
  useReferToService,
} from './api';
import { Section, useFsLabel, useFsOptions } from './shared';

/** Manats: amounts are shown with the currency code (the number in the interface language). */
export function useMoney() {
  const format = useFormat();
  return (amount: number) => `${format.number(amount)} AZN`;
}

/** A referral's status and outcome (its version is added when sent). */
const referralChangeSchema = serviceReferralUpdateSchema.omit({ version: true });

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

/** A service as its fields fill it in: the type is chosen from an empty start, the cost may be left empty. */
const serviceFormSchema = serviceBodySchema.extend({
  type: z.string().pipe(serviceBodySchema.shape.type),
  cost: z
    .union([z.literal(''), z.number()])
    .transform((v): number | null | undefined => (v === '' ? null : v))
    .pipe(serviceBodySchema.shape.cost),
});

function ServiceForm({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const options = useFsOptions();
  const record = useRecordService(h.id);
  const t = (id: string) => intl.formatMessage({ id: `strengthening.service.${id}` });
  const form = useSchemaForm(serviceFormSchema, {
    initialValues: { deliveredOn: isoToday(), type: '', provider: '', cost: '', note: '' },
    labels: t,
  });
  const submit = form.submitWith(async (body) => {
    await record.mutateAsync(body);
    form.reset();
  });
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label={t('new')}>
      <Stack gap="sm">
        <Text fw={600}>{t('new')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <DateField w="100%" label={t('deliveredOn')} required {...form.getInputProps('deliveredOn')} />
          <NativeSelect
            label={t('type')}
            required
            data={options('serviceType', SERVICE_TYPES, 'choose')}
            {...form.getInputProps('type')}
          />
          <TextInput label={t('provider')} {...form.getInputProps('provider')} />
          <NumberInput
            label={t('costAzn')}
            min={0}
            decimalScale={2}
            fixedDecimalScale
            allowNegative={false}
            decimalSeparator={intl.locale === 'en' ? '.' : ','}
            {...form.getInputProps('cost')}
          />
        </SimpleGrid>
        <TextInput label={t('note')} {...form.getInputProps('note')} />
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
  const outcomeLabel = intl.formatMessage({ id: 'strengthening.referral.outcome' });
  const statusLabel = intl.formatMessage({ id: 'strengthening.referral.statusOf' }, { toWhom: r.toWhom });
  const form = useSchemaForm(referralChangeSchema, {
    initialValues: { status: r.status, outcome: r.outcome },
    labels: { status: statusLabel, outcome: outcomeLabel },
  });
  const { status, outcome } = form.getValues();
  const dirty = status !== r.status || outcome !== r.outcome;
  return (
    <form
      onSubmit={form.submitWith((body) => change.mutateAsync({ id: r.id, version: r.version, ...body }))}
      noValidate
    >
      <Stack gap={4}>
        <NativeSelect
          aria-label={statusLabel}
          size="xs"
          data={options('referralStatus', SERVICE_REFERRAL_STATUSES)}
          {...form.getInputProps('status')}
        />
        {status !== 'pending' && (
          <TextInput
            size="xs"
            aria-label={outcomeLabel}
            placeholder={outcomeLabel}
            {...form.getInputProps('outcome')}
          />
        )}
        {dirty && (
          <Button size="compact-xs" type="submit" loading={change.isPending}>
            <FormattedMessage id="strengthening.save" />
          </Button>
        )}
        <ErrorAlert
          error={change.error}
          onReload={() => form.setValues({ status: r.status, outcome: r.outcome })}
        />
      </Stack>
    </form>
  );
}

function ReferralForm({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const refer = useReferToService(h.id);
  const t = (id: string) => intl.formatMessage({ id: `strengthening.referral.${id}` });
  const form = useSchemaForm(serviceReferralBodySchema, {
    initialValues: { referredOn: isoToday(), toWhom: '', reason: '' },
    labels: t,
  });
  const submit = form.submitWith(async (body) => {
    await refer.mutateAsync(body);
    form.reset();
  });
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label={t('new')}>
      <Stack gap="sm">
        <Text fw={600}>{t('new')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <DateField w="100%" label={t('referredOn')} required {...form.getInputProps('referredOn')} />
          <TextInput label={t('toWhom')} required {...form.getInputProps('toWhom')} />
          <TextInput label={t('reason')} {...form.getInputProps('reason')} />
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
