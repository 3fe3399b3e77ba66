import { NativeSelect, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import type { z } from 'zod';
import {
  ACTION_STATUSES,
  actionItemUpdateSchema,
  COMMITMENT_CODES,
} from '../../../common/contracts/working-group';
import { DateField } from '../../components/fields/DateField';
import { RecordFormCard } from '../../components/RecordFormCard';
import { useSchemaForm } from '../../lib/form';
import { type ActionItemDetail, useCountryName, useUpdateAction, useWorkingGroup } from './api';

type ActionUpdate = z.input<typeof actionItemUpdateSchema>;

/** The chair or secretary changes an action item in place; the version read goes with the change. */
export function EditActionForm({ item, onDone }: { item: ActionItemDetail; onDone(): void }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const countryName = useCountryName();
  const group = useWorkingGroup();
  const client = useQueryClient();
  const update = useUpdateAction(item.id);
  const form = useSchemaForm(actionItemUpdateSchema, {
    initialValues: {
      title: item.title,
      ownerCountry: item.ownerCountry,
      ownerDelegateId: item.ownerDelegateId,
      dueOn: item.dueOn,
      commitment: item.commitment,
      status: item.status,
      version: item.version,
    } satisfies ActionUpdate,
    labels: {
      title: t('workingGroup.action.title'),
      ownerCountry: t('workingGroup.country'),
      ownerDelegateId: t('workingGroup.action.owner'),
      dueOn: t('workingGroup.action.dueOn'),
      commitment: t('workingGroup.action.commitment'),
      status: t('workingGroup.action.statusLabel'),
    },
  });
  const country = form.getValues().ownerCountry;
  const delegates = (group.data?.delegates ?? []).filter((d) => d.country === country);
  // The owner country stays choosable even if it has since left, so the form shows what is recorded.
  const countries = (group.data?.countries ?? []).filter(
    (c) => c.status !== 'left' || c.code === item.ownerCountry,
  );
  return (
    <RecordFormCard
      id={`edit-action-${item.id}`}
      title={t('workingGroup.action.editTitle')}
      error={update.error}
      onReload={() => {
        // Someone else changed it: read it again; the page remounts this form with the new version.
        update.reset();
        void client.invalidateQueries({ queryKey: ['working-group', 'action', item.id] });
      }}
      onSubmit={form.submitWith(async (body) => {
        await update.mutateAsync(body);
        onDone();
      })}
      onCancel={onDone}
      saving={update.isPending}
      saveLabel="workingGroup.commitments.save"
    >
      <TextInput label={t('workingGroup.action.title')} required {...form.getInputProps('title')} />
      <NativeSelect
        label={t('workingGroup.country')}
        required
        data={countries.map((c) => ({ value: c.code, label: countryName(c.code) }))}
        {...form.getInputProps('ownerCountry')}
        onChange={(e) => {
          // A delegate belongs to one country: changing the country clears the owner delegate.
          form.setFieldValue('ownerCountry', e.currentTarget.value);
          form.setFieldValue('ownerDelegateId', null);
        }}
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
          form.setFieldValue('commitment', (e.currentTarget.value || null) as ActionUpdate['commitment'])
        }
      />
      <NativeSelect
        label={t('workingGroup.action.statusLabel')}
        required
        data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`workingGroup.action.status.${s}`) }))}
        {...form.getInputProps('status')}
      />
    </RecordFormCard>
  );
}
