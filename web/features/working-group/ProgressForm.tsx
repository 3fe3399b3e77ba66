import { NativeSelect, Textarea } from '@mantine/core';
import { useIntl } from 'react-intl';
import { ACTION_STATUSES, actionProgressSchema } from '../../../common/contracts/working-group';
import { RecordFormCard } from '../../components/RecordFormCard';
import { useSchemaForm } from '../../lib/form';
import { type ActionItemDetail, useReportProgress } from './api';

/** The owner country's delegate reports progress: a note (appended, never edited) and maybe a new status. */
export function ProgressForm({ item, onDone }: { item: ActionItemDetail; onDone(): void }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const report = useReportProgress(item.id);
  const form = useSchemaForm(actionProgressSchema, {
    initialValues: { version: item.version, status: item.status, note: '' },
    labels: { note: t('workingGroup.progress.note'), status: t('workingGroup.action.statusLabel') },
  });
  return (
    <RecordFormCard
      id={`progress-${item.id}`}
      title={t('workingGroup.progress.title')}
      error={report.error}
      onReload={() => report.reset()}
      onSubmit={form.submitWith(async (body) => {
        await report.mutateAsync(body);
        onDone();
      })}
      onCancel={onDone}
      saving={report.isPending}
      saveLabel="workingGroup.progress.save"
    >
      <NativeSelect
        label={t('workingGroup.action.statusLabel')}
        data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`workingGroup.action.status.${s}`) }))}
        {...form.getInputProps('status')}
      />
      <Textarea
        label={t('workingGroup.progress.note')}
        required
        autosize
        minRows={3}
        {...form.getInputProps('note')}
      />
    </RecordFormCard>
  );
}
