import { Anchor, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { placeLabel } from '../../../common/places/places';
import { useLocale } from '../../i18n/I18nProvider';
import { localDay } from '../../lib/dates';
import { useFormat, useLocalized } from '../../lib/format';
import type { FamilyDetail } from './api';
import { useFosterLabel } from './shared';

/** A titled part of the family's page; the facts and the household members shown in it. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section">
      <Title order={2} size="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

export function Facts({ family }: { family: FamilyDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useFosterLabel();
  const localized = useLocalized();
  const { locale } = useLocale();
  const t = (id: string) => intl.formatMessage({ id });
  const none = t('common.none');
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} component="dl" m={0}>
        <Fact label={t('foster.col.applicants')}>{family.applicants || none}</Fact>
        <Fact label={t('foster.field.country')}>{label('country', family.country)}</Fact>
        <Fact label={t(family.country === 'TR' ? 'foster.field.province' : 'foster.field.district')}>
          {family.districtCode ? placeLabel(family.districtCode, locale) : none}
          {family.district && ` (${t('foster.district.written')}: ${family.district})`}
        </Fact>
        <Fact label={t('foster.location.label')}>
          <span data-testid="foster-location">{localized(family.locationName) || none}</span>
        </Fact>
        <Fact label={t('foster.col.submitted')}>{format.date(localDay(family.submittedAt))}</Fact>
        <Fact label={t('foster.field.household')}>
          {t(family.twoParent ? 'foster.apply.twoParent' : 'foster.apply.oneParent')}
        </Fact>
        <Fact label={t('foster.field.address')}>{family.address}</Fact>
        <Fact label={t('foster.field.phone')}>
          <Anchor href={`tel:${family.phone.replace(/[^+0-9]/g, '')}`}>{family.phone}</Anchor>
        </Fact>
        <Fact label={t('foster.field.email')}>
          {family.email ? <Anchor href={`mailto:${family.email}`}>{family.email}</Anchor> : none}
        </Fact>
        <Fact label={t('foster.field.languages')}>
          {family.languages.length ? family.languages.map((l) => label('lang', l)).join(', ') : none}
        </Fact>
        <Fact label={t('foster.col.openRequirements')}>{format.number(family.openRequirements)}</Fact>
        <Fact label={t('foster.col.approvalExpires')}>
          {family.approvalExpiresOn ? format.date(family.approvalExpiresOn) : none}
        </Fact>
      </SimpleGrid>
      {family.motivation && (
        <Stack gap={2} mt="md">
          <Text size="sm" c="dimmed">
            <FormattedMessage id="foster.field.motivation" />
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{family.motivation}</Text>
        </Stack>
      )}
    </Paper>
  );
}

export function Members({ family }: { family: FamilyDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useFosterLabel();
  const none = intl.formatMessage({ id: 'common.none' });
  const yesNo = (v: boolean) => intl.formatMessage({ id: v ? 'foster.yes' : 'foster.no' });
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {[
              'foster.col.name',
              'foster.col.role',
              'foster.field.birthDate',
              'foster.field.education',
              'foster.field.regularIncome',
              'foster.field.citizenship',
              'foster.field.residence',
              'foster.col.checks',
            ].map((id) => (
              <Table.Th scope="col" key={id}>
                {intl.formatMessage({ id })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {family.members.map((m) => {
            const adult = m.role !== 'child';
            return (
              <Table.Tr key={m.id}>
                <Table.Td>{m.name}</Table.Td>
                <Table.Td>{label('role', m.role)}</Table.Td>
                <Table.Td>{m.birthDate ? format.date(m.birthDate) : none}</Table.Td>
                <Table.Td>{adult ? label('education', m.education) : none}</Table.Td>
                <Table.Td>{adult ? yesNo(m.regularIncome) : none}</Table.Td>
                <Table.Td>{m.citizenship ? label('country', m.citizenship) : none}</Table.Td>
                <Table.Td>{m.residence ? label('country', m.residence) : none}</Table.Td>
                <Table.Td>{adult ? label('check', m.checkStatus) : none}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
