import { Alert, Button, Group, Radio, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { PersonPicker } from '../../components/PersonPicker';
import { Pager } from '../../components/ui/Pager';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useMerge, useMerges, useUndoMerge } from './api';
import { PersonCard } from './PersonCard';

/**
 * Administrators merge two records of one person: everything moves to the record that
 * survives, the other leaves search, and the merge can be undone from the list below.
 */
export function MergePage() {
  usePageTitle('merge.title');
  const intl = useIntl();
  const format = useFormat();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const [a, setA] = useState<string | null>(null);
  const [b, setB] = useState<string | null>(null);
  const [survivor, setSurvivor] = useState<'a' | 'b'>('a');
  const [reason, setReason] = useState('');
  const merge = useMerge();
  const undo = useUndoMerge();
  const [page, setPage] = useState(1);
  const merges = useMerges(page);
  const ready = a && b && a !== b && reason.trim().length >= 10;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!a || !b) return;
    const [survivorId, mergedId] = survivor === 'a' ? [a, b] : [b, a];
    const done = await merge.mutateAsync({ survivorId, mergedId, reason }).catch(() => null);
    if (done) {
      setA(null);
      setB(null);
      setReason('');
    }
  }

  return (
    <Stack>
      <Title order={1}>{t('merge.title')}</Title>
      <Text c="dimmed">{t('merge.intro')}</Text>
      <form onSubmit={submit}>
        <Stack>
          {merge.isError && (
            <Alert color="red" role="alert">
              {merge.error.message}
            </Alert>
          )}
          {merge.isSuccess && (
            <Alert color="teal" role="status">
              {t('merge.done', { name: merge.data.survivorName })}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Stack>
              <PersonPicker label={t('merge.first')} value={a} onChange={setA} />
              <PersonCard id={a} />
            </Stack>
            <Stack>
              <PersonPicker label={t('merge.second')} value={b} onChange={setB} />
              <PersonCard id={b} />
            </Stack>
          </SimpleGrid>
          <Radio.Group
            label={t('merge.survivor')}
            value={survivor}
            onChange={(v) => setSurvivor(v as 'a' | 'b')}
          >
            <Group mt="xs">
              <Radio value="a" label={t('merge.first')} />
              <Radio value="b" label={t('merge.second')} />
            </Group>
          </Radio.Group>
          <Textarea
            label={t('merge.reason')}
            description={t('merge.reasonHint')}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Group>
            <Button type="submit" color="red" disabled={!ready} loading={merge.isPending}>
              {t('merge.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Title order={2} size="h3">
        {t('merge.history')}
      </Title>
      {undo.isError && (
        <Alert color="red" role="alert">
          {undo.error.message}
        </Alert>
      )}
      <QueryState query={merges}>
        {({ items: list, total, pageSize }) =>
          list.length === 0 ? (
            <Text>{t('merge.none')}</Text>
          ) : (
            <>
              <Table.ScrollContainer minWidth={720}>
                <Table striped withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('merge.when')}</Table.Th>
                      <Table.Th scope="col">{t('merge.kept')}</Table.Th>
                      <Table.Th scope="col">{t('merge.mergedRecord')}</Table.Th>
                      <Table.Th scope="col">{t('merge.reason')}</Table.Th>
                      <Table.Th scope="col">{t('merge.moved')}</Table.Th>
                      <Table.Th scope="col">{t('users.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.map((m) => (
                      <Table.Tr key={m.id}>
                        <Table.Td>
                          {format.dateTime(m.mergedAt)}
                          <Text size="xs" c="dimmed">
                            {m.mergedByName}
                          </Text>
                        </Table.Td>
                        <Table.Td>{m.survivorName}</Table.Td>
                        <Table.Td>{m.mergedName}</Table.Td>
                        <Table.Td>{m.reason}</Table.Td>
                        <Table.Td>{format.number(m.movedLinks)}</Table.Td>
                        <Table.Td>
                          {m.undoneAt ? (
                            t('merge.undone', { when: format.dateTime(m.undoneAt) })
                          ) : (
                            <Button
                              size="xs"
                              variant="light"
                              onClick={() => undo.mutate(m.id)}
                              loading={undo.isPending}
                            >
                              {t('merge.undo')}
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager page={page} pageSize={pageSize} total={total} onChange={setPage} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
