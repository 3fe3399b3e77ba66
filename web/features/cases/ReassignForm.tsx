import { NativeSelect, Textarea } from '@mantine/core';
import { useIntl } from 'react-intl';
import { reassignBodySchema } from '../../../common/contracts/cases';
import { RecordFormCard } from '../../components/RecordFormCard';
import { useSchemaForm } from '../../lib/form';
import { useWorkers } from './api';
import { useReassign } from './team-api';

/**
 * Hand one case of the team to another worker, from the supervisor's start page. The workers
 * offered are those who work where the case is; the server refuses if the case moved meanwhile.
 */
export function ReassignForm({
  caseId,
  caseNumber,
  fromWorkerId,
  onDone,
}: {
  caseId: string;
  caseNumber: string;
  fromWorkerId: string | null;
  /** Called with the new worker's name after the case was handed over, without one on cancel. */
  onDone(name?: string): void;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const workers = useWorkers(caseId, true);
  const reassign = useReassign(caseId);
  const form = useSchemaForm(reassignBodySchema, {
    initialValues: { fromWorkerId, toWorkerId: '', reason: '' },
    labels: { toWorkerId: t('cases.team.to'), reason: t('cases.assign.reason') },
  });
  const choices = (workers.data ?? []).filter((w) => w.id !== fromWorkerId);
  return (
    <RecordFormCard
      id={`reassign-${caseId}`}
      title={t('cases.team.reassignTitle', { caseNumber })}
      error={reassign.error ?? workers.error}
      onReload={() => reassign.reset()}
      onSubmit={form.submitWith(async (body) => {
        await reassign.mutateAsync(body);
        onDone(choices.find((w) => w.id === body.toWorkerId)?.displayName ?? '');
      })}
      onCancel={() => onDone()}
      saving={reassign.isPending}
      saveLabel="cases.team.submit"
    >
      <NativeSelect
        label={t('cases.team.to')}
        required
        data={[
          { value: '', label: '' },
          ...choices.map((w) => ({
            value: w.id,
            label: `${w.displayName} (${t(`role.${w.role}`)})`,
          })),
        ]}
        {...form.getInputProps('toWorkerId')}
      />
      <Textarea label={t('cases.assign.reason')} autosize minRows={2} {...form.getInputProps('reason')} />
    </RecordFormCard>
  );
}
