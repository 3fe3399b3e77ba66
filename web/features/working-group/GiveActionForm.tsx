import { NativeSelect, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { z } from 'zod';
import { actionItemBodySchema, COMMITMENT_CODES } from '../../../common/contracts/working-group';
import { DateField } from '../../components/fields/DateField';
import { RecordFormCard } from '../../components/RecordFormCard';
import { useSchemaForm } from '../../lib/form';

import { useCountryName, useGiveAction, useWorkingGroup } from './api';

/** The chair or secretary gives a member country an action item from one of the meeting's decisions. */
export function GiveActionForm({
  meetingId,
  decision,
  onDone,
}: {
  meetingId: string;
  decision: { id: string; number: number };
  onDone(): void;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const countryName = useCountryName();
  const group = useWorkingGroup();
  const give = useGiveAction(meetingId);
  const initialValues: z.input<typeof actionItemBodySchema> = {
    decisionId: decision.id,
    title: '',
    ownerCountry: '',
    ownerDelegateId: null,
    dueOn: '',
    commitment: null,
  };
  const form = useSchemaForm(actionItemBodySchema, {
    initialValues,
    labels: {
      title: t('workingGroup.action.title'),
      ownerCountry: t('workingGroup.country'),
      ownerDelegateId: t('workingGroup.action.owner'),
      dueOn: t('workingGroup.action.dueOn'),
      commitment: t('workingGroup.action.commitment'),
    },
  });
  const country = form.getValues().ownerCountry;
  const delegates = (group.data?.delegates ?? []).filter((d) => d.country === country);
  return (
    <RecordFormCard
      id={`give-action-${decision.id}`}
      title={t('workingGroup.giveAction.title', { number: decision.number })}
      error={give.error}
      onReload={() => give.reset()}
      onSubmit={form.submitWith(async (body) => {
        await give.mutateAsync(body);
        onDone();
      })}
      onCancel={onDone}
      saving={give.isPending}
      saveLabel="workingGroup.commitments.save"
    >
      <TextInput label={t('workingGroup.action.title')} required {...form.getInputProps('title')} />
      <NativeSelect
        label={t('workingGroup.country')}
        required
        data={[
          { value: '', label: '' },
          ...(group.data?.countries ?? [])
            .filter((c) => c.status !== 'left')
            .map((c) => ({ value: c.code, label: countryName(c.code) })),
        ]}
        {...form.getInputProps('ownerCountry')}
      />
      <NativeSelect
        label={t('workingGroup.action.owner')}
        data={[{ value: '', label: '' }, ...delegates.map((d) => ({ value: d.id, label: d.fullName }))]}
        value={form.getValues().ownerDelegateId ?? ''}
        onChange={(e) => form.setFieldValue('ownerDelegateId', e.currentTarget.value || null)}
      />
      <DateField label={t('workingGroup.action.dueOn')} required {...form.getInputProps('dueOn')} />
      <NativeSelect
        label={t('workingGroup.action.commitment')}
        data={[
          { value: '', label: '' },
          ...COMMITMENT_CODES.map((c) => ({ value: c, label: t(`workingGroup.commitment.${c}`) })),
        ]}
        value={form.getValues().commitment ?? ''}
        onChange={(e) =>
          form.setFieldValue(
            'commitment',
            (e.currentTarget.value || null) as z.input<typeof actionItemBodySchema>['commitment'],
          )
        }
      />
    </RecordFormCard>
  );
}
