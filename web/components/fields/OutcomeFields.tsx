import { Group, Radio } from '@mantine/core';
import type { ReactNode } from 'react';
import { DateField } from './DateField';

export type Outcome = 'held' | 'missed';

/** Whether a planned meeting was held or missed, and the day it was held. */
export function OutcomeFields({
  label,
  outcomeLabel,
  heldOnLabel,
  status,
  onStatus,
  heldOn,
  onHeldOn,
  heldOnError,
  max,
}: {
  label: string;
  outcomeLabel(outcome: Outcome): string;
  heldOnLabel: string;
  status: Outcome;
  onStatus(status: Outcome): void;
  heldOn: string;
  onHeldOn(day: string): void;
  heldOnError?: ReactNode;
  max?: string;
}) {
  return (
    <>
      <Radio.Group label={label} value={status} onChange={(v) => onStatus(v as Outcome)}>
        <Group mt={4}>
          <Radio value="held" label={outcomeLabel('held')} />
          <Radio value="missed" label={outcomeLabel('missed')} />
        </Group>
      </Radio.Group>
      {status === 'held' && (
        <DateField
          label={heldOnLabel}
          required
          max={max}
          value={heldOn}
          error={heldOnError}
          onChange={onHeldOn}
        />
      )}
    </>
  );
}
