import {
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { SHARE_SCOPES, type ShareScope } from '../../../common/strengthening';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { useFormat, useLocalized } from '../../lib/format';
import { personName } from '../../lib/person-name';
import {
  type ConsentView,
  type HouseholdDetail,
  useRecordConsent,
  useStrengtheningProgrammes,
  useWithdrawConsent,
} from './api';
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
  const intl = useIntl();
  const withdraw = useWithdrawConsent();
  const [open, setOpen] = useState(false);
  const [on, setOn] = useState(isoToday());
  if (!open)
    return (
      <Button size="compact-xs" variant="subtle" color="red" onClick={() => setOpen(true)}>
        <FormattedMessage id="strengthening.consent.withdraw" />
      </Button>
    );
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await withdraw.mutateAsync({ id: consent.id, version: consent.version, withdrawnOn: on });
      setOpen(false);
    } catch {
      // Shown by the alert.
    }
  }
  return (
    <form onSubmit={submit}>
      <Stack gap={4}>
        <DateField
          size="xs"
          w={160}
          label={intl.formatMessage({ id: 'strengthening.consent.withdrawnOnLabel' })}
          value={on}
          onChange={(e) => setOn(e.currentTarget.value)}
        />
        <Group gap={4}>
          <Button size="compact-xs" color="red" type="submit" loading={withdraw.isPending}>
            <FormattedMessage id="strengthening.consent.withdrawSave" />
          </Button>
          <Button size="compact-xs" variant="default" onClick={() => setOpen(false)}>
            <FormattedMessage id="strengthening.cancel" />
          </Button>
        </Group>
        <ErrorAlert error={withdraw.error} />
      </Stack>
    </form>
  );
}

export interface ConsentFields {
  givenByPersonId: string;
  givenOn: string;
  shareWith: ShareScope[];
  note: string;
}

export const emptyConsent = (h: HouseholdDetail): ConsentFields => ({
  givenByPersonId: h.members.find((m) => m.relationship !== 'child')?.personId ?? '',
  givenOn: isoToday(),
  shareWith: [],
  note: '',
});

/** Who gave consent, when, and what it lets the programme share (also part of the enrolment form). */
export function ConsentInputs({
  household: h,
  value,
  onChange,
}: {
  household: HouseholdDetail;
  value: ConsentFields;
  onChange(value: ConsentFields): void;
}) {
  const intl = useIntl();
  const label = useFsLabel();
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('strengthening.consent.givenBy')}
          required
          value={value.givenByPersonId}
          onChange={(e) => onChange({ ...value, givenByPersonId: e.currentTarget.value })}
          data={[
            { value: '', label: t('strengthening.choose') },
            ...h.members
              .filter((m) => m.relationship !== 'child')
              .map((m) => ({ value: m.personId, label: personName(m) })),
          ]}
        />
        <DateField
          w="100%"
          label={t('strengthening.consent.givenOn')}
          required
          value={value.givenOn}
          onChange={(e) => onChange({ ...value, givenOn: e.currentTarget.value })}
        />
      </SimpleGrid>
      <Checkbox.Group
        label={t('strengthening.consent.shareWith')}
        description={t('strengthening.consent.shareHint')}
        value={value.shareWith}
        onChange={(v) => onChange({ ...value, shareWith: v as ShareScope[] })}
      >
        <Stack gap={4} mt={4}>
          {SHARE_SCOPES.map((s) => (
            <Checkbox key={s} value={s} label={label('share', s)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Textarea
        label={t('strengthening.consent.note')}
        autosize
        minRows={1}
        value={value.note}
        onChange={(e) => onChange({ ...value, note: e.currentTarget.value })}
      />
    </Stack>
  );
}

function ConsentForm({ household: h, onDone }: { household: HouseholdDetail; onDone(): void }) {
  const intl = useIntl();
  const localized = useLocalized();
  const programmes = useStrengtheningProgrammes();
  const record = useRecordConsent(h.id);
  const atLocation = (programmes.data ?? []).filter((p) => p.locationId === h.locationId);
  const [programmeId, setProgrammeId] = useState('');
  const [value, setValue] = useState<ConsentFields>(() => emptyConsent(h));
  const chosen = programmeId || atLocation[0]?.id || '';
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await record.mutateAsync({ programmeId: chosen, ...value });
      onDone();
    } catch {
      // Shown by the alert.
    }
  }
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <NativeSelect
          label={intl.formatMessage({ id: 'strengthening.field.programme' })}
          required
          value={chosen}
          onChange={(e) => setProgrammeId(e.currentTarget.value)}
          data={atLocation.map((p) => ({ value: p.id, label: localized(p.name) }))}
        />
        <ConsentInputs household={h} value={value} onChange={setValue} />
        <ErrorAlert error={record.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            <FormattedMessage id="strengthening.cancel" />
          </Button>
          <Button type="submit" loading={record.isPending} disabled={!chosen}>
            <FormattedMessage id="strengthening.consent.save" />
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
