import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { type DecisionInput, type FamilyDetail, useDecide } from './api';
import { ServerError, serverErrorsByPath, useFosterLabel } from './shared';

const OUTCOMES = ['approved', 'denied', 'withdrawn'] as const;
const NEEDS = ['disability', 'siblings', 'infant', 'teenager'] as const;
type Outcome = (typeof OUTCOMES)[number];
type Need = (typeof NEEDS)[number];

const numberOrNull = (v: string | number) => (v === '' ? null : Number(v));

/**
 * The decision: approve (the ages and number of children the family may take, their needs and,
 * where the country requires it, the contract and certificate numbers), deny, or withdrawn.
 */
export function DecisionForm({ family, needsContract }: { family: FamilyDetail; needsContract: boolean }) {
  const intl = useIntl();
  const label = useFosterLabel();
  const decide = useDecide(family.id);
  const [outcome, setOutcome] = useState<Outcome>('approved');
  const [reason, setReason] = useState('');
  const [ageMin, setAgeMin] = useState<string | number>('');
  const [ageMax, setAgeMax] = useState<string | number>('');
  const [childrenMax, setChildrenMax] = useState<string | number>('');
  const [needs, setNeeds] = useState<Need[]>([]);
  const [contractNumber, setContractNumber] = useState('');
  const [certificateNumber, setCertificateNumber] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const t = (id: string) => intl.formatMessage({ id });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const approved = outcome === 'approved';
    const body: DecisionInput = {
      version: family.version,
      outcome,
      reason,
      ageMin: approved ? numberOrNull(ageMin) : null,
      ageMax: approved ? numberOrNull(ageMax) : null,
      childrenMax: approved ? numberOrNull(childrenMax) : null,
      needs: approved ? needs : [],
      contractNumber: approved && contractNumber.trim() ? contractNumber.trim() : null,
      certificateNumber: approved && certificateNumber.trim() ? certificateNumber.trim() : null,
    };
    try {
      setErrors({});
      await decide.mutateAsync(body);
    } catch (error) {
      setErrors(serverErrorsByPath(error));
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="foster-decision-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h3" id="foster-decision-title">
            <FormattedMessage id="foster.decision.title" />
          </Title>
          <Radio.Group
            label={t('foster.decision.outcome')}
            required
            value={outcome}
            onChange={(v) => setOutcome(v as Outcome)}
          >
            <Group mt="xs" gap="lg">
              {OUTCOMES.map((o) => (
                <Radio key={o} value={o} label={label('outcome', o)} />
              ))}
            </Group>
          </Radio.Group>
          {outcome === 'approved' && (
            <>
              <SimpleGrid cols={{ base: 1, xs: 3 }}>
                <NumberInput
                  label={t('foster.decision.ageMin')}
                  required
                  min={0}
                  max={17}
                  allowDecimal={false}
                  allowNegative={false}
                  value={ageMin}
                  error={errors.ageMin}
                  onChange={setAgeMin}
                />
                <NumberInput
                  label={t('foster.decision.ageMax')}
                  required
                  min={0}
                  max={17}
                  allowDecimal={false}
                  allowNegative={false}
                  value={ageMax}
                  error={errors.ageMax}
                  onChange={setAgeMax}
                />
                <NumberInput
                  label={t('foster.decision.childrenMax')}
                  required
                  min={1}
                  max={10}
                  allowDecimal={false}
                  allowNegative={false}
                  value={childrenMax}
                  error={errors.childrenMax}
                  onChange={setChildrenMax}
                />
              </SimpleGrid>
              <Checkbox.Group
                label={t('foster.decision.needs')}
                value={needs}
                onChange={(v) => setNeeds(v as Need[])}
              >
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
                    value={contractNumber}
                    error={errors.contractNumber}
                    onChange={(e) => setContractNumber(e.currentTarget.value)}
                  />
                  <TextInput
                    label={t('foster.decision.certificateNumber')}
                    required
                    maxLength={50}
                    value={certificateNumber}
                    error={errors.certificateNumber}
                    onChange={(e) => setCertificateNumber(e.currentTarget.value)}
                  />
                </SimpleGrid>
              )}
            </>
          )}
          <Textarea
            label={t('foster.decision.reason')}
            required
            autosize
            minRows={3}
            maxLength={4000}
            value={reason}
            error={errors.reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <ServerError error={decide.error} />
          <Group>
            <Button
              type="submit"
              loading={decide.isPending}
              color={outcome === 'approved' ? undefined : 'red.8'}
            >
              <FormattedMessage id="foster.decision.save" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
