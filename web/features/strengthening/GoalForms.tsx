import { Button, Group, NativeSelect, Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { GOAL_STATUSES } from '../../../common/strengthening';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../lib/form';
import { type GoalView, useAddGoal, useChangeGoal } from './api';
import { GoalFields, useGoalLabel } from './GoalFields';
import { emptyGoal, goalEditSchema, goalFormSchema } from './plan-schemas';
import { useFsOptions } from './shared';

/** "Add a goal", opening one goal's form under the plan's goals. */
export function AddGoal({ planId }: { planId: string }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Group>
        <Button variant="default" size="xs" onClick={() => setOpen(true)}>
          <FormattedMessage id="strengthening.plan.addGoal" />
        </Button>
      </Group>
    );
  return <AddGoalForm planId={planId} onDone={() => setOpen(false)} />;
}

function AddGoalForm({ planId, onDone }: { planId: string; onDone(): void }) {
  const add = useAddGoal();
  const form = useSchemaForm(goalFormSchema, { initialValues: emptyGoal(), labels: useGoalLabel() });
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={form.submitWith(async (goal) => {
        await add.mutateAsync({ planId, ...goal });
        onDone();
      })}
      noValidate
    >
      <Stack gap="sm">
        <GoalFields bind={(field) => form.getInputProps(field)} />
        <ErrorAlert error={add.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            <FormattedMessage id="strengthening.cancel" />
          </Button>
          <Button type="submit" loading={add.isPending}>
            <FormattedMessage id="strengthening.save" />
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** A goal changed in place, with its status; a conflict offers to reload what is stored. */
export function GoalEdit({ goal, onDone }: { goal: GoalView; onDone(): void }) {
  const intl = useIntl();
  const options = useFsOptions();
  const change = useChangeGoal();
  const initialValues = {
    domain: goal.domain,
    goal: goal.goal,
    actions: goal.actions,
    responsible: goal.responsible,
    targetOn: goal.targetOn ?? '',
    status: goal.status,
  };
  const form = useSchemaForm(goalEditSchema, { initialValues, labels: useGoalLabel() });
  return (
    <form
      onSubmit={form.submitWith(async (body) => {
        await change.mutateAsync({ id: goal.id, version: goal.version, ...body });
        onDone();
      })}
      noValidate
    >
      <Stack gap="sm">
        <ErrorAlert error={change.error} onReload={() => form.setValues(initialValues)} />
        <GoalFields bind={(field) => form.getInputProps(field)} />
        <NativeSelect
          label={intl.formatMessage({ id: 'strengthening.field.status' })}
          data={options('goalStatus', GOAL_STATUSES)}
          w={{ base: '100%', sm: 240 }}
          {...form.getInputProps('status')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            <FormattedMessage id="strengthening.cancel" />
          </Button>
          <Button type="submit" loading={change.isPending}>
            <FormattedMessage id="strengthening.save" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
