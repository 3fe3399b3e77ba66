import { Anchor, Button, Card, FileInput, Group, List, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { DOCUMENT_MAX_BYTES, DOCUMENT_MEDIA_TYPES } from '../../../common/contracts/leaving-care';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCooperationCaller } from '../../lib/cooperation';
import { type PracticeView, useRemoveAttachment, useUploadAttachment } from './api';

const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** The type to send a file as: the browser's, or its name's when the browser names none. */
function mediaTypeOf(file: File): string | null {
  if ((DOCUMENT_MEDIA_TYPES as readonly string[]).includes(file.type)) return file.type;
  if (file.type) return null;
  return BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? null;
}

/** A practice's files (PDF, JPEG, PNG): download, and for its country's delegates add and remove. */
export function Attachments({ practice: p }: { practice: PracticeView }) {
  const intl = useIntl();
  // Files are the practice's country's to add and remove (the server refuses another's).
  const canWrite = useCooperationCaller().mayEditCountry(p.country);
  const upload = useUploadAttachment(p.id);
  const remove = useRemoveAttachment();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState('');
  const send = () => {
    if (!file) return;
    const type = mediaTypeOf(file);
    if (!type || file.size === 0) return setProblem(intl.formatMessage({ id: 'error.rule.document_type' }));
    if (file.size > DOCUMENT_MAX_BYTES) return setProblem(intl.formatMessage({ id: 'practices.tooLarge' }));
    setProblem('');
    upload.mutate({ file, type }, { onSuccess: () => setFile(null) });
  };
  return (
    <Card withBorder component="section" aria-labelledby="practice-files">
      <Title order={2} size="h4" id="practice-files" mb="xs">
        <FormattedMessage id="practices.files" />
      </Title>
      {p.attachments.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id="practices.noFiles" />
        </Text>
      ) : (
        <List>
          {p.attachments.map((a) => (
            <List.Item key={a.id}>
              <Group gap="xs">
                <Anchor href={`/api/cooperation/practice-attachments/${a.id}/content`} download>
                  {a.filename}
                </Anchor>
                {canWrite && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    aria-label={intl.formatMessage({ id: 'practices.removeFile' }, { name: a.filename })}
                    onClick={() => remove.mutate(a.id)}
                  >
                    <FormattedMessage id="practices.remove" />
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {canWrite && (
        <Group align="end" mt="sm" wrap="wrap">
          <FileInput
            label={intl.formatMessage({ id: 'practices.addFile' })}
            description={intl.formatMessage({ id: 'practices.fileHint' })}
            accept=".pdf,.jpg,.jpeg,.png"
            value={file}
            onChange={setFile}
            w={320}
            error={problem || undefined}
          />
          <Button disabled={!file} loading={upload.isPending} onClick={send}>
            <FormattedMessage id="practices.upload" />
          </Button>
        </Group>
      )}
      <ErrorAlert error={upload.error ?? remove.error} reloadKey={null} />
    </Card>
  );
}
