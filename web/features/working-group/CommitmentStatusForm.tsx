import { NativeSelect, Textarea } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { z } from 'zod';
import {
  COMMITMENT_STATUSES,
  type Commitment,
  commitmentCountryBodySchema,
} from '../../../common/contracts/working-group';
import { RecordFormCard } from '../../components/RecordFormCard';
import { useSchemaForm } from '../../lib/form';

import { useCountryName, useRecordCommitmentStatus } from './api';

type CountryStatus = Commitment['countries'][number];

/** A country's delegate records the country's status on a commitment, with a note. */
export function CommitmentStatusForm({
  commitment,
  current,
  onDone,
}: {
  commitment: Commitment['code'];
  current: CountryStatus;
  onDone(): void;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const countryName = useCountryName();
  const record = useRecordCommitmentStatus(commitment, current.country);
  const initialValues: z.input<typeof commitmentCountryBodySchema> = {
    version: current.version,
    status: current.status,
    note: current.note,
  };
  const form = useSchemaForm(commitmentCountryBodySchema, {
    initialValues,
    labels: { status: t('workingGroup.commitments.status'), note: t('workingGroup.commitments.note') },
  });
  return (
    <RecordFormCard
      id={`commitment-${commitment}-${current.country}`}
      title={t('workingGroup.commitments.recordFor', { country: countryName(current.country) })}
      error={record.error}
      onReload={() => record.reset()}
      onSubmit={form.submitWith(async (body) => {
        await record.mutateAsync(body);
        onDone();
      })}
      onCancel={onDone}
      saving={record.isPending}
      saveLabel="workingGroup.commitments.save"
    >
      <NativeSelect
        label={t('workingGroup.commitments.status')}
        data={COMMITMENT_STATUSES.map((s) => ({
          value: s,
          label: t(`workingGroup.commitments.status.${s}`),
        }))}
        {...form.getInputProps('status')}
      />
      <Textarea
        label={t('workingGroup.commitments.note')}
        autosize
        minRows={2}
        {...form.getInputProps('note')}
      />
    </RecordFormCard>
  );
}
