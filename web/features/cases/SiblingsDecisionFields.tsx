import { Checkbox, Fieldset, Stack, Text, Textarea } from '@mantine/core';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import type { SiblingAwaitingDecision } from '../../../common/contracts/cases';
import { text } from '../../../common/contracts/fields';
import { bindingsAt, type FieldsForm } from './form-bindings';

/** Whether a brother or sister gets the same decision, and that child's own views. */
export const siblingChoicesSchema = z.array(
  z.object({ caseId: z.string(), chosen: z.boolean(), childViews: text() }),
);
export type SiblingChoice = z.infer<typeof siblingChoicesSchema>[number];

/** Each awaiting sibling as the form starts: chosen as before (after a save), with the views on file. */
export function siblingChoices(
  awaiting: SiblingAwaitingDecision[],
  before: SiblingChoice[] = [],
): SiblingChoice[] {
  return awaiting.map((s) => ({
    caseId: s.caseId,
    chosen: before.find((b) => b.caseId === s.caseId)?.chosen ?? false,
    childViews: s.gatekeeping?.childViews ?? '',
  }));
}

/**
 * "Same for the brothers and sisters": the siblings whose case awaits the same decision, each
 * to be chosen, and for each chosen one the child's own views (never copied from another child).
 */
export function SiblingsDecisionFields({
  form,
  awaiting,
  choices,
}: {
  form: FieldsForm;
  awaiting: SiblingAwaitingDecision[];
  choices: SiblingChoice[];
}) {
  const intl = useIntl();
  if (!awaiting.length) return null;
  return (
    <Fieldset legend={intl.formatMessage({ id: 'cases.gatekeeping.siblingsTitle' })}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'cases.gatekeeping.siblingsHint' })}
        </Text>
        {awaiting.map((s, i) => {
          const at = bindingsAt(form, `siblings.${i}`);
          return (
            <Stack key={s.caseId} gap={4}>
              <Checkbox
                label={intl.formatMessage(
                  { id: 'cases.siblingCase' },
                  { name: s.name, caseNumber: s.caseNumber },
                )}
                {...at.checkbox('chosen')}
              />
              {choices[i]?.chosen && (
                <Textarea
                  label={intl.formatMessage({ id: 'cases.gatekeeping.siblingViews' }, { name: s.name })}
                  autosize
                  minRows={2}
                  {...at.input('childViews')}
                />
              )}
            </Stack>
          );
        })}
      </Stack>
    </Fieldset>
  );
}
