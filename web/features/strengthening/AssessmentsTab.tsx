import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { z } from 'zod';
import { assessmentBodySchema, domainScoreSchema } from '../../../common/contracts/strengthening';
import { RISK_DOMAINS, RISK_SCORES } from '../../../common/strengthening';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { useSchemaForm } from '../../lib/form';
import { type HouseholdDetail, useRecordAssessment } from './api';
import { ScoreChart, ScoreTable } from './ScoreChart';
import { Section, useFsLabel } from './shared';

/** The risk-of-separation assessments over time (chart and table) and a new one. */
export function AssessmentsTab({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const assessments = h.assessments ?? [];
  const neverEnrolled = h.enrolments.length === 0;
  return (
    <Stack gap="lg">
      <Section title={intl.formatMessage({ id: 'strengthening.assessment.title' })} id="fs-assessments">
        <Text size="sm" c="dimmed">
          <FormattedMessage id="strengthening.assessment.scale" />
        </Text>
        {assessments.length === 0 ? (
          <Text c="dimmed">
            <FormattedMessage id="strengthening.assessment.none" />
          </Text>
        ) : (
          <>
            <ScoreChart assessments={assessments} />
            <ScoreTable assessments={assessments} />
          </>
        )}
      </Section>
      {assessments.length > 0 && neverEnrolled && h.access.canWrite && (
        <Alert color="teal" role="note">
          <FormattedMessage id="strengthening.assessment.nextStep" />{' '}
          <Anchor component={Link} to="?tab=overview#fs-enrolment">
            <FormattedMessage id="strengthening.assessment.toEnrol" />
          </Anchor>
        </Alert>
      )}
      {h.access.canWrite && <AssessmentForm household={h} />}
    </Stack>
  );
}

/** A domain's score as its select holds it: empty until chosen. */
const scoreFormSchema = domainScoreSchema.extend({
  score: z
    .string()
    .transform((v) => (v ? Number(v) : undefined))
    .pipe(domainScoreSchema.shape.score),
});

/** An assessment as its fields fill it in: every domain, in order, each scored once. */
const assessmentFormSchema = assessmentBodySchema.extend({
  scores: z.array(scoreFormSchema).length(RISK_DOMAINS.length),
});

const emptyScores = () => RISK_DOMAINS.map((domain) => ({ domain, score: '', note: '' }));

function AssessmentForm({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const label = useFsLabel();
  const record = useRecordAssessment(h.id);
  const [saved, setSaved] = useState(false);
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const form = useSchemaForm(assessmentFormSchema, {
    initialValues: { assessedOn: isoToday(), scores: emptyScores(), summary: '' },
    labels: (path) => t(`strengthening.assessment.${path.split('.').at(-1)}`),
  });
  const submit = form.submitWith(async (body) => {
    await record.mutateAsync(body);
    form.setValues({ scores: emptyScores(), summary: '' });
    setSaved(true);
  });
  return (
    <Card withBorder component="section" aria-labelledby="fs-assessment-form">
      <form
        onSubmit={(event) => {
          setSaved(false);
          submit(event);
        }}
        noValidate
      >
        <Stack gap="sm">
          <Title order={3} size="h4" id="fs-assessment-form">
            <FormattedMessage id="strengthening.assessment.new" />
          </Title>
          {saved && (
            <Text role="status" c="teal">
              <FormattedMessage id="strengthening.assessment.saved" />
            </Text>
          )}
          <DateField
            label={t('strengthening.assessment.assessedOn')}
            required
            {...form.getInputProps('assessedOn')}
          />
          {RISK_DOMAINS.map((domain, i) => (
            <SimpleGrid key={domain} cols={{ base: 1, sm: 2 }} spacing="sm">
              <NativeSelect
                label={label('domain', domain)}
                description={t(`strengthening.domain.${domain}.hint`)}
                required
                data={[
                  { value: '', label: t('strengthening.choose') },
                  ...RISK_SCORES.map((s) => ({ value: String(s), label: `${s} · ${label('score', s)}` })),
                ]}
                {...form.getInputProps(`scores.${i}.score`)}
              />
              <TextInput
                label={t('strengthening.assessment.noteFor', { domain: label('domain', domain) })}
                style={{ alignSelf: 'end' }}
                {...form.getInputProps(`scores.${i}.note`)}
              />
            </SimpleGrid>
          ))}
          <Textarea
            label={t('strengthening.assessment.summary')}
            autosize
            minRows={2}
            {...form.getInputProps('summary')}
          />
          <ErrorAlert error={record.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={record.isPending}>
              <FormattedMessage id="strengthening.assessment.save" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
