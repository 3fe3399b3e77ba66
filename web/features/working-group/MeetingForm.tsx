import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useIntl } from 'react-intl';
import type { z } from 'zod';
import {
  ATTENDANCE_STATUSES,
  type Meeting,
  meetingUpdateSchema,
} from '../../../common/contracts/working-group';
import { LOCALES } from '../../../common/i18n/locales';
import { RecordFormCard } from '../../components/RecordFormCard';
import { useCooperationNames } from '../../lib/cooperation';
import { useSchemaForm } from '../../lib/form';

import { useCountryName, useSaveMeeting, useWorkingGroup } from './api';

type Values = z.input<typeof meetingUpdateSchema>;

/** The message of each field's label, by its path without list positions. */
const LABELS: Record<string, string> = {
  title: 'workingGroup.form.title',
  heldAt: 'workingGroup.form.heldAt',
  city: 'workingGroup.form.city',
  cityCountry: 'workingGroup.form.cityCountry',
  language: 'workingGroup.form.language',
  agenda: 'workingGroup.meeting.agenda',
  'agenda.title': 'workingGroup.meeting.agenda',
  'agenda.notes': 'workingGroup.form.agenda.notes',
  attendance: 'workingGroup.meeting.attendance',
  minutes: 'workingGroup.meeting.minutes',
  decisions: 'workingGroup.meeting.decisions',
  'decisions.text': 'workingGroup.meeting.decisions',
};

function valuesOf(m: Meeting | null): Values {
  return {
    // Version 1 for a new meeting: the server reads it only on a change.
    version: m?.version ?? 1,
    heldAt: m?.heldAt ?? '',
    online: m?.online ?? true,
    // Null, not '', when there is none: an online meeting has no city.
    city: m?.city ?? null,
    cityCountry: m?.cityCountry ?? null,
    title: m?.title ?? '',
    language: m?.language ?? 'az',
    agenda: m?.agenda ?? [{ title: '', notes: '' }],
    attendance: m?.attendance.map((a) => ({ delegateId: a.delegateId, status: a.status })) ?? [],
    minutes: m?.minutes ?? '',
    decisions: m?.decisions.map((d) => ({ text: d.text })) ?? [],
  };
}

/**
 * The chair or the secretary records a meeting or changes it: when (UTC) and where, the agenda in
 * order, each delegate's attendance, the minutes and the decisions in order (decision n is the n-th).
 */
export function MeetingForm({ meeting, onDone }: { meeting: Meeting | null; onDone(id?: string): void }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const countryName = useCountryName();
  const names = useCooperationNames();
  const group = useWorkingGroup();
  const save = useSaveMeeting(meeting?.id ?? null);
  const form = useSchemaForm(meetingUpdateSchema, {
    initialValues: valuesOf(meeting),
    labels: (path) => t(LABELS[path.replace(/\.\d+/g, '')] ?? 'workingGroup.form.title'),
  });
  const v = form.getValues();
  const attendanceOf = (id: string) => v.attendance.find((a) => a.delegateId === id)?.status ?? '';
  const setAttendance = (id: string, status: string) =>
    form.setFieldValue('attendance', [
      ...v.attendance.filter((a) => a.delegateId !== id),
      ...(status ? [{ delegateId: id, status: status as (typeof ATTENDANCE_STATUSES)[number] }] : []),
    ]);
  return (
    <RecordFormCard
      id="meeting-form"
      title={t(meeting ? 'workingGroup.form.change' : 'workingGroup.form.new')}
      error={save.error}
      onReload={() => save.reset()}
      onSubmit={form.submitWith(async ({ version, ...body }) => {
        const saved = await save.mutateAsync(meeting ? { ...body, version } : body);
        onDone(saved.id);
      })}
      onCancel={() => onDone()}
      saving={save.isPending}
      saveLabel="workingGroup.commitments.save"
    >
      <TextInput label={t('workingGroup.form.title')} required {...form.getInputProps('title')} />
      <TextInput
        type="datetime-local"
        label={t('workingGroup.form.heldAt')}
        required
        value={v.heldAt.slice(0, 16)}
        error={form.errors.heldAt}
        onChange={(e) =>
          form.setFieldValue('heldAt', e.currentTarget.value ? `${e.currentTarget.value}:00Z` : '')
        }
      />
      <Checkbox
        label={t('workingGroup.form.online')}
        {...form.getInputProps('online', { type: 'checkbox' })}
      />
      {!v.online && (
        <Group grow>
          <TextInput
            label={t('workingGroup.form.city')}
            required
            value={v.city ?? ''}
            error={form.errors.city}
            onChange={(e) => form.setFieldValue('city', e.currentTarget.value || null)}
          />
          <NativeSelect
            label={t('workingGroup.form.cityCountry')}
            required
            data={[
              { value: '', label: '' },
              ...(group.data?.countries ?? []).map((c) => ({ value: c.code, label: countryName(c.code) })),
            ]}
            value={v.cityCountry ?? ''}
            error={form.errors.cityCountry}
            onChange={(e) => form.setFieldValue('cityCountry', e.currentTarget.value || null)}
          />
        </Group>
      )}
      <NativeSelect
        label={t('workingGroup.form.language')}
        data={LOCALES.map((l) => ({ value: l, label: names.language(l) }))}
        {...form.getInputProps('language')}
      />
      <Title order={3} size="h5">
        {t('workingGroup.meeting.agenda')}
      </Title>
      {v.agenda.map((_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the agenda's order is its identity
        <Group key={i} align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={t('workingGroup.form.agendaItem', { number: i + 1 })}
            required
            {...form.getInputProps(`agenda.${i}.title`)}
          />
          <TextInput
            style={{ flex: 1 }}
            label={t('workingGroup.form.agenda.notes')}
            {...form.getInputProps(`agenda.${i}.notes`)}
          />
          <ActionIcon
            variant="light"
            color="red"
            size="lg"
            aria-label={t('workingGroup.form.remove')}
            onClick={() => form.removeListItem('agenda', i)}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => form.insertListItem('agenda', { title: '', notes: '' })}
        >
          {t('workingGroup.form.addAgendaItem')}
        </Button>
      </Group>
      <Title order={3} size="h5">
        {t('workingGroup.meeting.attendance')}
      </Title>
      <Stack gap="xs">
        {(group.data?.delegates ?? []).map((d) => (
          <NativeSelect
            key={d.id}
            label={`${d.fullName} (${countryName(d.country)})`}
            value={attendanceOf(d.id)}
            onChange={(e) => setAttendance(d.id, e.currentTarget.value)}
            data={[
              { value: '', label: t('workingGroup.form.notListed') },
              ...ATTENDANCE_STATUSES.map((s) => ({ value: s, label: t(`workingGroup.attendance.${s}`) })),
            ]}
          />
        ))}
      </Stack>
      <Textarea
        label={t('workingGroup.meeting.minutes')}
        autosize
        minRows={4}
        {...form.getInputProps('minutes')}
      />
      <Title order={3} size="h5">
        {t('workingGroup.meeting.decisions')}
      </Title>
      {v.decisions.map((_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: decision n is the n-th
        <Group key={i} align="flex-end" wrap="nowrap">
          <Textarea
            style={{ flex: 1 }}
            autosize
            label={t('workingGroup.form.decision', { number: i + 1 })}
            required
            {...form.getInputProps(`decisions.${i}.text`)}
          />
          <ActionIcon
            variant="light"
            color="red"
            size="lg"
            aria-label={t('workingGroup.form.remove')}
            onClick={() => form.removeListItem('decisions', i)}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="light" size="xs" onClick={() => form.insertListItem('decisions', { text: '' })}>
          {t('workingGroup.form.addDecision')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('workingGroup.form.decisionsHint')}
      </Text>
    </RecordFormCard>
  );
}
