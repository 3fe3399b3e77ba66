import { Button, Card, NativeSelect, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  ADOPTION_KINDS,
  type AdoptionView,
  adoptionBodySchema,
  adoptionUpdateSchema,
} from '../../../common/contracts/practices';
import { RecordFormCard } from '../../components/RecordFormCard';
import { useCooperationCaller, useCooperationNames } from '../../lib/cooperation';
import { useSchemaForm } from '../../lib/form';
import { useFormat } from '../../lib/format';
import { useCan } from '../../lib/session';
import { type PracticeView, useAdoptionOutcome, useRecordAdoption } from './api';

/** Where a practice travelled: the countries that adopted or adapted it, and what came of it. */
export function Travels({ practice: p }: { practice: PracticeView }) {
  const intl = useIntl();
  const names = useCooperationNames();
  const format = useFormat();
  const canWrite = useCan('cooperation.write');
  // An adoption is recorded by the adopting country; so is what came of it.
  const { mayEditCountry } = useCooperationCaller();
  const [adding, setAdding] = useState(false);
  const [outcomeOf, setOutcomeOf] = useState<AdoptionView | null>(null);
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <Card withBorder component="section" aria-labelledby="practice-travels">
      <Stack gap="sm">
        <Title order={2} size="h4" id="practice-travels">
          <FormattedMessage id="practices.travels" />
        </Title>
        {p.adoptions.length === 0 ? (
          <Text c="dimmed">
            <FormattedMessage id="practices.notTravelled" />
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  {['country', 'kind', 'adoptedOn', 'notes', 'outcome'].map((c) => (
                    <Table.Th scope="col" key={c}>
                      {t(`practices.adoption.${c}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.adoptions.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Th scope="row">{names.country(a.country)}</Table.Th>
                    <Table.Td>{t(`practices.adoptionKind.${a.kind}`)}</Table.Td>
                    <Table.Td>{format.date(a.adoptedOn)}</Table.Td>
                    <Table.Td>{a.notes || '—'}</Table.Td>
                    <Table.Td>
                      {a.outcome ? `${a.outcome} (${format.date(a.outcomeOn ?? '')})` : '—'}
                      {mayEditCountry(a.country) && (
                        <Button size="compact-xs" variant="subtle" onClick={() => setOutcomeOf(a)}>
                          <FormattedMessage id="practices.adoption.addOutcome" />
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canWrite && !adding && (
          <Button variant="light" onClick={() => setAdding(true)} style={{ alignSelf: 'start' }}>
            <FormattedMessage id="practices.adoption.record" />
          </Button>
        )}
        {adding && <AdoptionForm practiceId={p.id} onDone={() => setAdding(false)} />}
        {outcomeOf && <OutcomeForm adoption={outcomeOf} onDone={() => setOutcomeOf(null)} />}
      </Stack>
    </Card>
  );
}

function AdoptionForm({ practiceId, onDone }: { practiceId: string; onDone(): void }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const record = useRecordAdoption(practiceId);
  // A delegate records for their own country: it is filled in (an administrator types it).
  const { country } = useCooperationCaller();
  const form = useSchemaForm(adoptionBodySchema, {
    initialValues: { country: country ?? '', kind: 'adopted', adoptedOn: '', notes: '' },
    labels: {
      country: t('practices.adoption.country'),
      kind: t('practices.adoption.kind'),
      adoptedOn: t('practices.adoption.adoptedOn'),
      notes: t('practices.adoption.notes'),
    },
  });
  return (
    <RecordFormCard
      id="adoption"
      title={t('practices.adoption.record')}
      error={record.error}
      onReload={() => record.reset()}
      onSubmit={form.submitWith(async (body) => {
        await record.mutateAsync(body);
        onDone();
      })}
      onCancel={onDone}
      saving={record.isPending}
      saveLabel="practices.save"
    >
      <TextInput
        label={t('practices.adoption.country')}
        description={t('practices.countryHint')}
        required
        maxLength={2}
        {...form.getInputProps('country')}
      />
      <NativeSelect
        label={t('practices.adoption.kind')}
        data={ADOPTION_KINDS.map((k) => ({ value: k, label: t(`practices.adoptionKind.${k}`) }))}
        {...form.getInputProps('kind')}
      />
      <TextInput
        type="date"
        label={t('practices.adoption.adoptedOn')}
        required
        {...form.getInputProps('adoptedOn')}
      />
      <Textarea label={t('practices.adoption.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </RecordFormCard>
  );
}

function OutcomeForm({ adoption: a, onDone }: { adoption: AdoptionView; onDone(): void }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const save = useAdoptionOutcome(a.id);
  const form = useSchemaForm(adoptionUpdateSchema, {
    initialValues: {
      outcome: a.outcome ?? '',
      outcomeOn: a.outcomeOn ?? '',
      notes: a.notes,
      version: a.version,
    },
    labels: {
      outcome: t('practices.adoption.outcome'),
      outcomeOn: t('practices.adoption.outcomeOn'),
      notes: t('practices.adoption.notes'),
    },
  });
  return (
    <RecordFormCard
      id="adoption-outcome"
      title={t('practices.adoption.addOutcome')}
      error={save.error}
      onReload={() => save.reset()}
      onSubmit={form.submitWith(async (body) => {
        await save.mutateAsync(body);
        onDone();
      })}
      onCancel={onDone}
      saving={save.isPending}
      saveLabel="practices.save"
    >
      <Textarea
        label={t('practices.adoption.outcome')}
        required
        autosize
        minRows={2}
        {...form.getInputProps('outcome')}
      />
      <TextInput
        type="date"
        label={t('practices.adoption.outcomeOn')}
        required
        {...form.getInputProps('outcomeOn')}
      />
      <Textarea label={t('practices.adoption.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </RecordFormCard>
  );
}
