import { Alert, Button, Card, FileInput, Group, NativeSelect, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { DOCUMENT_KINDS } from '../../../common/contracts/cooperation-documents';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager } from '../../components/ui/Pager';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { useMemberCountries, useReceivedDocuments, useUploadDocument } from './api';
import { countryName } from './words';

/** What the countries sent (never the contents here), and a signed document uploaded by hand. */
export function DocumentsSection() {
  const intl = useIntl();
  const format = useFormat();
  const [kind, setKind] = useState('');
  const [country, setCountry] = useState('');
  const [page, setPage] = useState(1);
  const countries = useMemberCountries(true);
  const documents = useReceivedDocuments(true, { page, kind, country });
  const [file, setFile] = useState<File | null>(null);
  const [notJson, setNotJson] = useState(false);
  const [received, setReceived] = useState(false);
  const upload = useUploadDocument();

  async function send() {
    if (!file) return;
    setReceived(false);
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
      setNotJson(false);
    } catch {
      setNotJson(true);
      return;
    }
    await upload.mutateAsync(document).then(
      () => {
        setFile(null);
        setReceived(true);
      },
      () => undefined,
    );
  }

  return (
    <Card withBorder component="section" aria-labelledby="hub-documents">
      <Title order={2} size="h4" id="hub-documents" mb="sm">
        <FormattedMessage id="cooperation.hub.documents" />
      </Title>
      <Card withBorder component="section" aria-labelledby="hub-upload" mb="sm">
        <Title order={3} size="h5" id="hub-upload" mb="xs">
          <FormattedMessage id="cooperation.hub.upload" />
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          <FormattedMessage id="cooperation.hub.uploadIntro" />
        </Text>
        <Group align="end" wrap="wrap">
          <FileInput
            label={intl.formatMessage({ id: 'cooperation.hub.file' })}
            accept=".json,application/json"
            value={file}
            onChange={setFile}
            placeholder={intl.formatMessage({ id: 'cooperation.hub.chooseFile' })}
            w={320}
          />
          <Button disabled={!file} loading={upload.isPending} onClick={send}>
            <FormattedMessage id="cooperation.hub.send" />
          </Button>
        </Group>
        {notJson && (
          <Alert color="red" mt="sm" role="alert">
            <FormattedMessage id="cooperation.hub.notJson" />
          </Alert>
        )}
        <ErrorAlert error={upload.error} reloadKey={null} />
        {received && !upload.error && (
          <Alert color="green" mt="sm" role="status">
            <FormattedMessage id="cooperation.hub.received" />
          </Alert>
        )}
      </Card>
      <Group mb="sm">
        <NativeSelect
          label={intl.formatMessage({ id: 'cooperation.hub.col.kind' })}
          value={kind}
          onChange={(e) => {
            setKind(e.currentTarget.value);
            setPage(1);
          }}
          data={[
            { value: '', label: intl.formatMessage({ id: 'cooperation.hub.all' }) },
            ...DOCUMENT_KINDS.map((k) => ({
              value: k,
              label: intl.formatMessage({ id: `cooperation.hub.documentKind.${k}` }),
            })),
          ]}
        />
        <NativeSelect
          label={intl.formatMessage({ id: 'cooperation.hub.col.country' })}
          value={country}
          onChange={(e) => {
            setCountry(e.currentTarget.value);
            setPage(1);
          }}
          data={[
            { value: '', label: intl.formatMessage({ id: 'cooperation.hub.all' }) },
            ...(countries.data ?? []).map((c) => ({ value: c.code, label: countryName(c, intl.locale) })),
          ]}
        />
      </Group>
      <QueryState query={documents}>
        {(result) =>
          result.items.length === 0 ? (
            <Text c="dimmed">
              <FormattedMessage id="cooperation.hub.noDocuments" />
            </Text>
          ) : (
            <>
              <Table withTableBorder striped>
                <Table.Thead>
                  <Table.Tr>
                    {['country', 'kind', 'issuedAt', 'receivedAt', 'via'].map((c) => (
                      <Table.Th scope="col" key={c}>
                        {intl.formatMessage({ id: `cooperation.hub.col.${c}` })}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.items.map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Th scope="row">{d.country}</Table.Th>
                      <Table.Td>
                        {intl.formatMessage({ id: `cooperation.hub.documentKind.${d.kind}` })}
                      </Table.Td>
                      <Table.Td>{format.dateTime(d.issuedAt)}</Table.Td>
                      <Table.Td>{format.dateTime(d.receivedAt)}</Table.Td>
                      <Table.Td>
                        {intl.formatMessage({ id: `cooperation.hub.via.${d.via}` })}
                        {d.receivedBy ? ` (${d.receivedBy})` : ''}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Pager page={page} pageSize={result.pageSize} total={result.total} onChange={setPage} />
            </>
          )
        }
      </QueryState>
    </Card>
  );
}
