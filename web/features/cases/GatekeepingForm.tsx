import { Button, Checkbox, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { GATEKEEPING_DECISIONS } from '../../../common/cases';
import {
  type GatekeepingBody,
  type GatekeepingView,
  gatekeepingBodySchema,
} from '../../../common/contracts/cases';
import { clientFieldErrors, serverFieldErrors } from '../../lib/form-errors';
import { useEditGatekeeping, useStartGatekeeping, useSubmitGatekeeping } from './api';
import { DateField, EnumSelect, ErrorAlert, orNull } from './shared';

const EMPTY: GatekeepingBody = {
  supportTried: '',
  optionsConsidered: [],
  participants: '',
  childViews: '',
  parentsViews: '',
  decision: null,
  decisionReason: '',
  authorityDecisionNumber: '',
  authorityDecisionDate: '',
};

/** The gatekeeping assessment: a new draft, or the draft (or returned one) being edited. */
export function GatekeepingForm({ caseId, current }: { caseId: string; current?: GatekeepingView }) {
  const intl = useIntl();
  const [form, setForm] = useState<GatekeepingBody>(current ? { ...EMPTY, ...current } : EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const start = useStartGatekeeping(caseId);
  const edit = useEditGatekeeping();
  const submit = useSubmitGatekeeping();
  const error = start.error ?? edit.error ?? submit.error;
  // What the server holds now (after a save, or a reload after someone else's change).
  useEffect(() => {
    if (current) setForm({ ...EMPTY, ...current });
  }, [current]);
  const t = (id: string) => intl.formatMessage({ id: `cases.gatekeeping.${id}` });
  const labels = Object.fromEntries(Object.keys(EMPTY).map((k) => [k, t(k)]));

  async function save(send: boolean) {
    start.reset();
    edit.reset();
    submit.reset();
    const checked = gatekeepingBodySchema.safeParse({
      ...form,
      authorityDecisionNumber: orNull(form.authorityDecisionNumber ?? ''),
      authorityDecisionDate: orNull(form.authorityDecisionDate ?? ''),
    });
    setErrors(clientFieldErrors(intl, checked, labels));
    if (!checked.success) return;
    try {
      const saved = current
        ? await edit.mutateAsync({ id: current.id, body: { ...checked.data, version: current.version } })
        : await start.mutateAsync(checked.data);
      if (send) await submit.mutateAsync({ id: saved.id, version: saved.version });
    } catch (e) {
      setErrors(serverFieldErrors(e));
    }
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };
  const area = (key: keyof GatekeepingBody) => (
    <Textarea
      label={labels[key]}
      autosize
      minRows={2}
      value={(form[key] as string) ?? ''}
      error={errors[key]}
      onChange={(e) => setForm({ ...form, [key]: e.currentTarget.value })}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ErrorAlert error={error} onReload={() => edit.reset()} />
        {area('supportTried')}
        <Checkbox.Group
          label={labels.optionsConsidered}
          value={form.optionsConsidered}
          onChange={(v) => setForm({ ...form, optionsConsidered: v as GatekeepingBody['optionsConsidered'] })}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
            {GATEKEEPING_DECISIONS.map((d) => (
              <Checkbox key={d} value={d} label={intl.formatMessage({ id: `cases.decision.${d}` })} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        {area('participants')}
        {area('childViews')}
        {area('parentsViews')}
        <EnumSelect
          label={labels.decision}
          group="decision"
          values={GATEKEEPING_DECISIONS}
          empty="choose"
          value={form.decision ?? ''}
          error={errors.decision}
          onChange={(v) => setForm({ ...form, decision: (v || null) as GatekeepingBody['decision'] })}
        />
        {area('decisionReason')}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={labels.authorityDecisionNumber}
            value={form.authorityDecisionNumber ?? ''}
            error={errors.authorityDecisionNumber}
            onChange={(e) => setForm({ ...form, authorityDecisionNumber: e.currentTarget.value })}
          />
          <DateField
            label={labels.authorityDecisionDate}
            value={form.authorityDecisionDate ?? ''}
            error={errors.authorityDecisionDate}
            onChange={(e) => setForm({ ...form, authorityDecisionDate: e.currentTarget.value })}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={start.isPending || edit.isPending}>
            <FormattedMessage id="cases.saveDraft" />
          </Button>
          <Button onClick={() => void save(true)} loading={submit.isPending}>
            <FormattedMessage id="cases.gatekeeping.submit" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
