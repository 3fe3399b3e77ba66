import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { consentBodySchema } from '../../../common/contracts/strengthening';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { useSchemaForm } from '../../lib/form';
import { useFormat, useLocalized } from '../../lib/format';
import {
  type ConsentView,
  type HouseholdDetail,
  type StrengtheningProgramme,
  useRecordConsent,
  useWithdrawConsent,
} from './api';
import {
  ConsentInputs,
  emptyConsent,
  ProgrammeSelect,
  useConsentLabel,
  useLocationProgrammes,
} from './ConsentFields';
import { withdrawFormSchema } from './enrolment-schemas';
import { Section, useFsLabel } from './shared';

/** Consent to take part, per programme: who gave it, when, what it lets be shared, and its withdrawal. */
export function ConsentPanel({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const [adding, setAdding] = useState(false);
  const consents = h.consents ?? [];
  return (
    <Section
      title={intl.formatMessage({ id: 'strengthening.consent.title' })}
      id="fs-consent"
      actions={
        h.access.canWrite &&
        !adding && (
          <Button variant="default" size="xs" onClick={() => setAdding(true)}>
            <FormattedMessage id="strengthening.consent.record" />
          </Button>
        )
      }
    >
      {consents.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id="strengthening.consent.none" />
        </Text>
      ) : (
        <ConsentTable consents={consents} canWrite={h.access.canWrite} />
      )}
      {adding && <ConsentForm household={h} onDone={() => setAdding(false)} />}
    </Section>
  );
}

function ConsentTable({ consents, canWrite }: { consents: ConsentView[]; canWrite: boolean }) {
  const intl = useIntl();
  const format = useFormat();
  const localized = useLocalized();
  const label = useFsLabel();
  const none = intl.formatMessage({ id: 'common.none' });
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={720}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              {[
                'strengthening.field.programme',
                'strengthening.consent.givenBy',
                'strengthening.consent.givenOn',
                'strengthening.consent.shareWith',
                'strengthening.field.status',
              ].map((id) => (
                <Table.Th scope="col" key={id}>
                  {intl.formatMessage({ id })}
                </Table.Th>
              ))}
              {canWrite && <Table.Th scope="col" />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {consents.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{localized(c.programmeName)}</Table.Td>
                <Table.Td>{c.givenByName ?? none}</Table.Td>
                <Table.Td>{format.date(c.givenOn)}</Table.Td>
                <Table.Td>
                  {c.shareWith.length
                    ? c.shareWith.map((s) => label('share', s)).join(', ')
                    : label('share', 'nobody')}
                </Table.Td>
                <Table.Td>
                  {c.active ? (
                    <Badge color="teal.9" variant="light" tt="none" style={{ minWidth: 'max-content' }}>
                      <FormattedMessage id="strengthening.consent.active" />
                    </Badge>
                  ) : c.withdrawnOn ? (
                    <FormattedMessage
                      id="strengthening.consent.withdrawnOn"
                      values={{ date: format.date(c.withdrawnOn) }}
                    />
                  ) : (
                    <FormattedMessage id="strengthening.consent.notYet" />
                  )}
                </Table.Td>
                {canWrite && <Table.Td>{!c.withdrawnOn && <Withdraw consent={c} />}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** The family withdraws its consent: on which day (today unless said otherwise). */
function Withdraw({ consent }: { consent: ConsentView }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button size="compact-xs" variant="subtle" color="red" onClick={() => setOpen(true)}>
        <FormattedMessage id="strengthening.consent.withdraw" />
      </Button>
    );
  return <WithdrawForm consent={consent} onDone={() => setOpen(false)} />;
}

function WithdrawForm({ consent, onDone }: { consent: ConsentView; onDone(): void }) {
  const intl = useIntl();
  const withdraw = useWithdrawConsent();
  const label = intl.formatMessage({ id: 'strengthening.consent.withdrawnOnLabel' });
  const form = useSchemaForm(withdrawFormSchema, {
    initialValues: { withdrawnOn: isoToday() },
    labels: { withdrawnOn: label },
  });
  return (
    <form
      onSubmit={form.submitWith(async (body) => {
        await withdraw.mutateAsync({ id: consent.id, version: consent.version, ...body });
        onDone();
      })}
    >
      <Stack gap={4}>
        <DateField size="xs" w={160} label={label} {...form.getInputProps('withdrawnOn')} />
        <Group gap={4}>
          <Button size="compact-xs" color="red" type="submit" loading={withdraw.isPending}>
            <FormattedMessage id="strengthening.consent.withdrawSave" />
          </Button>
          <Button size="compact-xs" variant="default" onClick={onDone}>
            <FormattedMessage id="strengthening.cancel" />
          </Button>
        </Group>
        <ErrorAlert error={withdraw.error} />
      </Stack>
    </form>
  );
}

/** A consent recorded on its own, for a programme of the family's location. */
function ConsentForm({ household: h, onDone }: { household: HouseholdDetail; onDone(): void }) {
  const programmes = useLocationProgrammes(h.locationId);
  // The form starts on the location's first programme, so it waits for the list.
  if (!programmes) return null;
  return <ConsentFormFields household={h} programmes={programmes} onDone={onDone} />;
}

function ConsentFormFields({
  household: h,
  programmes,
  onDone,
}: {
  household: HouseholdDetail;
  programmes: StrengtheningProgramme[];
  onDone(): void;
}) {
  const record = useRecordConsent(h.id);
  const form = useSchemaForm(consentBodySchema, {
    initialValues: { programmeId: programmes[0]?.id ?? '', ...emptyConsent(h) },
    labels: useConsentLabel(),
  });
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={form.submitWith(async (body) => {
        await record.mutateAsync(body);
        onDone();
      })}
      noValidate
    >
      <Stack gap="sm">
        <ProgrammeSelect programmes={programmes} {...form.getInputProps('programmeId')} />
        <ConsentInputs household={h} bind={(field) => form.getInputProps(field)} />
        <ErrorAlert error={record.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            <FormattedMessage id="strengthening.cancel" />
          </Button>
          <Button type="submit" loading={record.isPending} disabled={!form.getValues().programmeId}>
            <FormattedMessage id="strengthening.consent.save" />
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
