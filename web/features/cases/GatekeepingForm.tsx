import { Button, Checkbox, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import { GATEKEEPING_DECISIONS } from '../../../common/cases';
import {
  type GatekeepingBody,
  type GatekeepingView,
  gatekeepingBodySchema,
  type SiblingAwaitingDecision,
} from '../../../common/contracts/cases';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { EnumSelect } from '../../components/fields/EnumSelect';
import { useSchemaForm } from '../../lib/form';
import { useEditGatekeeping, useStartGatekeeping, useSubmitGatekeeping } from './api';
import { bindingsAt, orNull } from './form-bindings';
import {
  type SiblingChoice,
  SiblingsDecisionFields,
  siblingChoices,
  siblingChoicesSchema,
} from './SiblingsDecisionFields';
import { useGroupGatekeeping } from './siblings-api';

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

type GatekeepingFormValues = GatekeepingBody & { siblings: SiblingChoice[] };

/** The assessment as typed, checked as the API will take it (the authority's decision absent if not given). */
const gatekeepingFormSchema = z.preprocess(
  (form: GatekeepingFormValues) => ({
    ...form,
    authorityDecisionNumber: orNull(form.authorityDecisionNumber),
    authorityDecisionDate: orNull(form.authorityDecisionDate),
  }),
  gatekeepingBodySchema.extend({ siblings: siblingChoicesSchema }),
);

/** The read version of an assessment, so that a change made meanwhile is refused rather than overwritten. */
const readOf = (g: { version: number } | null | undefined) => (g ? { version: g.version } : null);

/**
 * The gatekeeping assessment: a new draft, or the draft (or returned one) being edited; with
 * brothers or sisters awaiting the same decision, it can be recorded for them too in one step.
 */
export function GatekeepingForm({
  caseId,
  current,
  awaiting = [],
}: {
  caseId: string;
  current?: GatekeepingView;
  awaiting?: SiblingAwaitingDecision[];
}) {
  const intl = useIntl();
  const start = useStartGatekeeping(caseId);
  const edit = useEditGatekeeping();
  const submit = useSubmitGatekeeping();
  const group = useGroupGatekeeping(caseId);
  const error = start.error ?? edit.error ?? submit.error ?? group.error;
  const t = (id: string) => intl.formatMessage({ id: `cases.gatekeeping.${id}` });
  const labels = Object.fromEntries(Object.keys(EMPTY).map((k) => [k, t(k)]));
  const form = useSchemaForm(gatekeepingFormSchema, {
    initialValues: { ...EMPTY, ...current, siblings: siblingChoices(awaiting) },
    labels,
  });
  const at = bindingsAt(form, '');
  // What the server holds now (after a save, or a reload after someone else's change).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form object is new each render
  useEffect(() => {
    if (current) {
      const values = { ...EMPTY, ...current, siblings: siblingChoices(awaiting, form.getValues().siblings) };
      form.setValues(values);
      form.resetDirty(values);
    }
  }, [current]);

  /** Saves the draft and, with `send`, submits it for the decision. */
  const save = (send: boolean) =>
    form.submitWith(async ({ siblings, ...body }) => {
      start.reset();
      edit.reset();
      submit.reset();
      group.reset();
      const chosen = siblings.filter((s) => s.chosen);
      if (chosen.length) {
        const { childViews, ...assessment } = body;
        const read = (id: string) => readOf(awaiting.find((a) => a.caseId === id)?.gatekeeping);
        await group.mutateAsync({
          assessment,
          children: [
            { caseId, childViews, read: readOf(current) },
            ...chosen.map((s) => ({ caseId: s.caseId, childViews: s.childViews, read: read(s.caseId) })),
          ],
          submit: send,
        });
        return;
      }
      const saved = current
        ? await edit.mutateAsync({ id: current.id, body: { ...body, version: current.version } })
        : await start.mutateAsync(body);
      if (send) await submit.mutateAsync({ id: saved.id, version: saved.version });
    });
  const area = (key: keyof GatekeepingBody) => (
    <Textarea label={labels[key]} autosize minRows={2} {...at.input(key)} />
  );

  return (
    <form onSubmit={save(false)} noValidate>
      <Stack>
        <ErrorAlert
          error={error}
          onReload={() => {
            edit.reset();
            group.reset();
          }}
        />
        {/* The rule for sending, said before anyone fails it. */}
        <Text size="sm">{intl.formatMessage({ id: 'cases.gatekeeping.rule' })}</Text>
        {area('supportTried')}
        <Checkbox.Group label={labels.optionsConsidered} {...form.getInputProps('optionsConsidered')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
            {GATEKEEPING_DECISIONS.map((d) => (
              <Checkbox key={d} value={d} label={intl.formatMessage({ id: `cases.decision.${d}` })} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        {area('participants')}
        {area('childViews')}
        <SiblingsDecisionFields form={form} awaiting={awaiting} choices={form.getValues().siblings} />
        {area('parentsViews')}
        <EnumSelect
          label={labels.decision}
          group="decision"
          values={GATEKEEPING_DECISIONS}
          empty="choose"
          {...at.optionalChoice('decision')}
        />
        {area('decisionReason')}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={labels.authorityDecisionNumber} {...at.input('authorityDecisionNumber')} />
          <DateField label={labels.authorityDecisionDate} {...at.input('authorityDecisionDate')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button
            type="submit"
            variant="default"
            loading={start.isPending || edit.isPending || (group.isPending && !group.variables?.submit)}
          >
            <FormattedMessage id="cases.saveDraft" />
          </Button>
          <Button
            onClick={() => save(true)()}
            loading={submit.isPending || (group.isPending && group.variables?.submit)}
          >
            <FormattedMessage id="cases.gatekeeping.submit" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
