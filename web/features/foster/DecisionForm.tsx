import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import { decisionBodySchema } from '../../../common/contracts/foster';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type SchemaForm, useSchemaForm } from '../../lib/form';
import { type FamilyDetail, useDecide } from './api';
import { useFosterLabel } from './shared';

const OUTCOMES = ['approved', 'denied', 'withdrawn'] as const;
const NEEDS = ['disability', 'siblings', 'infant', 'teenager'] as const;

/** An empty number field sends none. */
const numberOrNone = z
  .union([z.number(), z.literal('')])
  .transform((v): number | null | undefined => (v === '' ? null : v));
/** An empty text field sends none. */
const textOrNone = z.string().transform((v): string | null | undefined => v.trim() || null);

/** The decision's contract as its form fills it (the family's version is added when sent). */
const decisionFormSchema = decisionBodySchema.omit({ version: true }).extend({
  ageMin: numberOrNone.pipe(decisionBodySchema.shape.ageMin),
  ageMax: numberOrNone.pipe(decisionBodySchema.shape.ageMax),
  childrenMax: numberOrNone.pipe(decisionBodySchema.shape.childrenMax),
  contractNumber: textOrNone.pipe(decisionBodySchema.shape.contractNumber),
  certificateNumber: textOrNone.pipe(decisionBodySchema.shape.certificateNumber),
});

/** What only an approval records is sent as none for a denial or a withdrawal. */
const NOT_APPROVED = {
  ageMin: null,
  ageMax: null,
  childrenMax: null,
  needs: [],
  contractNumber: null,
  certificateNumber: null,
};

/**
 * The decision: approve (the ages and number of children the family may take, their needs and,
 * where the country requires it, the contract and certificate numbers), deny, or withdrawn.
 */
export function DecisionForm({ family, needsContract }: { family: FamilyDetail; needsContract: boolean }) {
  const intl = useIntl();
  const label = useFosterLabel();
  const decide = useDecide(family.id);
  const t = (id: string) => intl.formatMessage({ id });
  const labels = (path: string) => t(`foster.decision.${path.split('.')[0]}`);
  const form = useSchemaForm(decisionFormSchema, {
    initialValues: {
      outcome: 'approved',
      reason: '',
      ageMin: '',
      ageMax: '',
      childrenMax: '',
      needs: [],
      contractNumber: '',
      certificateNumber: '',
    },
    labels,
  });
  const approved = form.getValues().outcome === 'approved';
  // A refusal is shown while the family is as it was when refused: once its open requirements
  // change (all nine done, say), "9 requirements are still open" no longer stays on screen.
  const [refusedWith, setRefusedWith] = useState<number | null>(null);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="foster-decision-title">
      <form
        onSubmit={form.submitWith((decision) => {
          setRefusedWith(family.openRequirements);
          return decide.mutateAsync({
            version: family.version,
            ...(decision.outcome === 'approved' ? decision : { ...decision, ...NOT_APPROVED }),
          });
        })}
        noValidate
      >
        <Stack>
          <Title order={2} size="h3" id="foster-decision-title">
            <FormattedMessage id="foster.decision.title" />
          </Title>
          <Radio.Group label={t('foster.decision.outcome')} required {...form.getInputProps('outcome')}>
            <Group mt="xs" gap="lg">
              {OUTCOMES.map((o) => (
                <Radio key={o} value={o} label={label('outcome', o)} />
              ))}
            </Group>
          </Radio.Group>
          {approved && <ApprovalFields form={form} needsContract={needsContract} />}
          <Textarea
            label={t('foster.decision.reason')}
            required
            autosize
            minRows={3}
            maxLength={4000}
            {...form.getInputProps('reason')}
          />
          {approved && family.openRequirements > 0 && (
            <Text size="sm" c="red.9" data-testid="foster-decision-open">
              <FormattedMessage
                id="foster.decision.openRequirements"
                values={{ count: family.openRequirements }}
              />
            </Text>
          )}
          <ErrorAlert
            error={refusedWith === family.openRequirements ? decide.error : null}
            reloadKey={null}
          />
          <Group>
            <Button type="submit" loading={decide.isPending} color={approved ? undefined : 'red.8'}>
              <FormattedMessage id="foster.decision.save" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

type DecisionFormState = SchemaForm<typeof decisionFormSchema>;

/** What an approval records: the children the family may take, their needs, the contract. */
function ApprovalFields({ form, needsContract }: { form: DecisionFormState; needsContract: boolean }) {
  const intl = useIntl();
  const label = useFosterLabel();
  const t = (id: string) => intl.formatMessage({ id });
  const number = (name: 'ageMin' | 'ageMax' | 'childrenMax', min: number, max: number) => (
    <NumberInput
      label={t(`foster.decision.${name}`)}
      required
      min={min}
      max={max}
      allowDecimal={false}
      allowNegative={false}
      {...form.getInputProps(name)}
    />
  );
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        {number('ageMin', 0, 17)}
        {number('ageMax', 0, 17)}
        {number('childrenMax', 1, 10)}
      </SimpleGrid>
      <Checkbox.Group label={t('foster.decision.needs')} {...form.getInputProps('needs')}>
        <Group mt="xs">
          {NEEDS.map((n) => (
            <Checkbox key={n} value={n} label={label('need', n)} />
          ))}
        </Group>
      </Checkbox.Group>
      {needsContract && (
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t('foster.decision.contractNumber')}
            required
            maxLength={50}
            {...form.getInputProps('contractNumber')}
          />
          <TextInput
            label={t('foster.decision.certificateNumber')}
            required
            maxLength={50}
            {...form.getInputProps('certificateNumber')}
          />
        </SimpleGrid>
      )}
    </>
  );
}
