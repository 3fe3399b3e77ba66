import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  type LeavingCarePlanBody,
  type LeavingCarePlanView,
  leavingCarePlanBodySchema,
} from '../../../common/contracts/leaving-care';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { useSchemaForm } from '../../lib/form';
import { useEditLeavingCare, useStartLeavingCare } from './api';
import { bindingsAt } from './form-bindings';

/** The plan's areas, written as free text. */
export const AREAS = ['housing', 'incomeWork', 'education', 'documents', 'health', 'supportNetwork'] as const;

const emptyPlan = (): LeavingCarePlanBody => ({
  startedOn: isoToday(),
  housing: '',
  incomeWork: '',
  education: '',
  documents: '',
  health: '',
  supportNetwork: '',
  namedWorker: '',
  youngPersonAgreed: false,
});

/** The plan in force as the form edits it (the body's fields only). */
function valuesOf(current: LeavingCarePlanView | undefined): LeavingCarePlanBody {
  if (!current) return emptyPlan();
  return {
    startedOn: current.startedOn,
    housing: current.housing,
    incomeWork: current.incomeWork,
    education: current.education,
    documents: current.documents,
    health: current.health,
    supportNetwork: current.supportNetwork,
    namedWorker: current.namedWorker,
    youngPersonAgreed: current.youngPersonAgreed,
  };
}

/** Starts a plan (the server refuses under 14 and says so) or edits the one in force. */
export function LeavingCarePlanForm({
  caseId,
  current,
  onCancel,
}: {
  caseId: string;
  current?: LeavingCarePlanView;
  onCancel?(): void;
}) {
  const intl = useIntl();
  const start = useStartLeavingCare(caseId);
  const edit = useEditLeavingCare();
  const mutation = current ? edit : start;
  const t = (id: string) => intl.formatMessage({ id: `cases.leaving.${id}` });
  const labels = Object.fromEntries(Object.keys(emptyPlan()).map((k) => [k, t(k)]));
  const form = useSchemaForm(leavingCarePlanBodySchema, { initialValues: valuesOf(current), labels });
  const at = bindingsAt(form, '');
  // "Saved" stands until the plan is changed again.
  const [saved, setSaved] = useState(false);
  const titleId = current ? `plan-form-${current.id}` : 'plan-form-new';

  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <form
        onSubmit={form.submitWith(async (plan) => {
          if (current)
            await edit.mutateAsync({ id: current.id, body: { ...plan, version: current.version } });
          else await start.mutateAsync(plan);
          form.resetDirty();
          setSaved(true);
        })}
        noValidate
      >
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <Title order={3} size="h4" id={titleId}>
              {t(current ? 'current' : 'new')}
            </Title>
            {current && (
              <Badge color="teal.9" variant="light" tt="none">
                {intl.formatMessage({ id: 'cases.leavingStatus.active' })}
              </Badge>
            )}
          </Group>
          <ErrorAlert error={mutation.error} onReload={() => mutation.reset()} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField label={labels.startedOn} required {...at.input('startedOn')} />
            <TextInput
              label={labels.namedWorker}
              description={t('namedWorkerHint')}
              {...at.input('namedWorker')}
            />
            {AREAS.map((a) => (
              <Textarea key={a} label={labels[a]} autosize minRows={2} {...at.input(a)} />
            ))}
          </SimpleGrid>
          <Checkbox label={labels.youngPersonAgreed} {...at.checkbox('youngPersonAgreed')} />
          <Group justify="flex-end">
            {saved && !form.isDirty() && (
              <Text c="teal" role="status">
                <FormattedMessage id="cases.saved" />
              </Text>
            )}
            {onCancel && (
              <Button variant="default" onClick={onCancel}>
                <FormattedMessage id="cases.cancel" />
              </Button>
            )}
            <Button type="submit" loading={mutation.isPending}>
              <FormattedMessage id={current ? 'cases.leaving.save' : 'cases.leaving.start'} />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
