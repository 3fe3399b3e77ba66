import { Anchor, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { LOCALES, type Locale } from '../../../common/i18n/locales';
import { QueryState } from '../../components/ui/QueryState';
import { useCooperationNames } from '../../lib/cooperation';
import { usePageTitle } from '../../lib/page-title';
import { useTranslationQueue } from './api';
import { NewPracticeForm } from './PracticeForm';

/** What is still to translate into a language: practices neither written in it nor translated. */
export function TranslationQueuePage() {
  usePageTitle('practices.queue.title');
  const intl = useIntl();
  const names = useCooperationNames();
  const [language, setLanguage] = useState<Locale>(intl.locale as Locale);
  const queue = useTranslationQueue(language);
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="practices.queue.title" />
      </Title>
      <Text c="dimmed">
        <FormattedMessage id="practices.queue.intro" />
      </Text>
      <NativeSelect
        label={intl.formatMessage({ id: 'practices.queue.language' })}
        value={language}
        data={LOCALES.map((l) => ({ value: l, label: intl.formatMessage({ id: `language.${l}` }) }))}
        onChange={(e) => setLanguage(e.currentTarget.value as Locale)}
        w={240}
      />
      <QueryState query={queue}>
        {(items) =>
          items.length === 0 ? (
            <Text>
              <FormattedMessage id="practices.queue.empty" />
            </Text>
          ) : (
            <Table withTableBorder striped>
              <Table.Thead>
                <Table.Tr>
                  {['title', 'country', 'languages'].map((c) => (
                    <Table.Th scope="col" key={c}>
                      {intl.formatMessage({ id: `practices.queue.col.${c}` })}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Th scope="row" fw={400} lang={p.language}>
                      <Anchor component={Link} to={`/cooperation/practices/${p.id}`}>
                        {p.title}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{names.country(p.country)}</Table.Td>
                    <Table.Td>{names.languages(p.languages)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </Stack>
  );
}

/** Share a new practice; on saving, its page opens. */
export function NewPracticePage() {
  usePageTitle('practices.new');
  const navigate = useNavigate();
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="practices.new" />
      </Title>
      <NewPracticeForm
        onDone={(id) => navigate(id ? `/cooperation/practices/${id}` : '/cooperation/practices')}
      />
    </Stack>
  );
}
