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
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { assessmentBodySchema } from '../../../common/contracts/strengthening';
import { RISK_DOMAINS, RISK_SCORES, type RiskDomain } from '../../../common/strengthening';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { type HouseholdDetail, useRecordAssessment } from './api';
import { pathErrors, serverPathErrors } from './MemberFields';
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

type Scores = Record<RiskDomain, { score: string; note: string }>;
const emptyScores = (): Scores =>
  Object.fromEntries(RISK_DOMAINS.map((d) => [d, { score: '', note: '' }])) as Scores;

function AssessmentForm({ household: h }: { household: HouseholdDetail }) {
  const intl = useIntl();
  const label = useFsLabel();
  const record = useRecordAssessment(h.id);
  const [assessedOn, setAssessedOn] = useState(isoToday());
  const [scores, setScores] = useState<Scores>(emptyScores);
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const body = {
      assessedOn,
      summary,
      scores: RISK_DOMAINS.map((domain) => ({
        domain,
        score: scores[domain].score ? Number(scores[domain].score) : undefined,
        note: scores[domain].note,
      })),
    };
    const checked = assessmentBodySchema.safeParse(body);
    setErrors(pathErrors(intl, checked, (field) => t(`strengthening.assessment.${field}`)));
    if (!checked.success) return;
    try {
      await record.mutateAsync(checked.data);
      setScores(emptyScores());
      setSummary('');
      setSaved(true);
    } catch (e) {
      setErrors(serverPathErrors(e));
    }
  }
  return (
    <Card withBorder component="section" aria-labelledby="fs-assessment-form">
      <form onSubmit={submit} noValidate>
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
            value={assessedOn}
            error={errors.assessedOn}
            onChange={(e) => setAssessedOn(e.currentTarget.value)}
          />
          {RISK_DOMAINS.map((domain, i) => (
            <SimpleGrid key={domain} cols={{ base: 1, sm: 2 }} spacing="sm">
              <NativeSelect
                label={label('domain', domain)}
                description={t(`strengthening.domain.${domain}.hint`)}
                required
                value={scores[domain].score}
                error={errors[`scores.${i}.score`]}
                onChange={(e) =>
                  setScores({ ...scores, [domain]: { ...scores[domain], score: e.currentTarget.value } })
                }
                data={[
                  { value: '', label: t('strengthening.choose') },
                  ...RISK_SCORES.map((s) => ({ value: String(s), label: `${s} · ${label('score', s)}` })),
                ]}
              />
              <TextInput
                label={t('strengthening.assessment.noteFor', { domain: label('domain', domain) })}
                value={scores[domain].note}
                error={errors[`scores.${i}.note`]}
                onChange={(e) =>
                  setScores({ ...scores, [domain]: { ...scores[domain], note: e.currentTarget.value } })
                }
                style={{ alignSelf: 'end' }}
              />
            </SimpleGrid>
          ))}
          <Textarea
            label={t('strengthening.assessment.summary')}
            autosize
            minRows={2}
            value={summary}
            error={errors.summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
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
