import { NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useIntl } from 'react-intl';
import { RISK_DOMAINS } from '../../../common/strengthening';
import { DateField } from '../../components/fields/DateField';
import type { GoalForm } from './plan-schemas';
import { useFsOptions } from './shared';

/** A goal field's label in messages: `strengthening.goal.<field>` (`goals.1.goal` → "Goal"). */
export function useGoalLabel() {
  const intl = useIntl();
  return (path: string) => intl.formatMessage({ id: `strengthening.goal.${path.split('.').at(-1)}` });
}

/** The fields of one goal, bound to a form by `bind(field)` (a plan's goal or a goal alone). */
export function GoalFields({ bind }: { bind(field: keyof GoalForm): GetInputPropsReturnType }) {
  const label = useGoalLabel();
  const options = useFsOptions();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <NativeSelect label={label('domain')} data={options('domain', RISK_DOMAINS)} {...bind('domain')} />
      <TextInput label={label('goal')} required {...bind('goal')} />
      <Textarea label={label('actions')} autosize minRows={1} {...bind('actions')} />
      <TextInput label={label('responsible')} {...bind('responsible')} />
      <DateField w="100%" label={label('targetOn')} {...bind('targetOn')} />
    </SimpleGrid>
  );
}
