import { Alert, Box, Button, Code, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { renderSVG } from 'uqr';
import { confirmTwoFactorBodySchema, type RecoveryCodes } from '../../../common/contracts/security';
import { errorMessage } from '../../lib/errors';
import { serverFieldErrors, useSchemaForm } from '../../lib/form';
import { useConfirmSetup, useStartSetup } from './api';

/**
 * Setting up an authenticator app: the QR code of the otpauth:// address (drawn here, nothing
 * leaves the browser), the key to type by hand, and the first code to turn it on.
 */
export function TwoFactorSetup({ onConfirmed }: { onConfirmed(result: RecoveryCodes): void }) {
  const intl = useIntl();
  const start = useStartSetup();
  const confirm = useConfirmSetup();
  const label = intl.formatMessage({ id: 'security.code.label' });
  const form = useSchemaForm(confirmTwoFactorBodySchema, {
    initialValues: { code: '' },
    labels: { code: label },
  });
  const code = form.getValues().code;
  const setup = start.data;
  const qr = useMemo(
    () =>
      setup
        ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(setup.otpauthUri, { border: 2 }))}`
        : null,
    [setup],
  );

  // The code is sent as typed (the server reads it the same way); a refused one is typed again
  // from empty, with the refusal on the field.
  const submit = form.submitWith(async () => {
    try {
      onConfirmed(await confirm.mutateAsync(code));
    } catch (e) {
      form.setFieldValue('code', '');
      form.setFieldError('code', serverFieldErrors(e).code ?? errorMessage(intl, e));
    }
  });

  if (!setup) {
    return (
      <Stack align="flex-start">
        {start.error && (
          <Alert color="red" role="alert">
            {start.error.message}
          </Alert>
        )}
        <Button onClick={() => start.mutate()} loading={start.isPending}>
          <FormattedMessage id="security.setup.start" />
        </Button>
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>
          <FormattedMessage id="security.setup.step1" />
        </Text>
        {qr && (
          <Box bg="white" p="xs" w={232} style={{ border: '1px solid var(--mantine-color-gray-3)' }}>
            <Image src={qr} w={212} h={212} alt={intl.formatMessage({ id: 'security.setup.qrAlt' })} />
          </Box>
        )}
        <Stack gap={4}>
          <Text size="sm">
            <FormattedMessage id="security.setup.manual" />
          </Text>
          <Code fz="md" data-testid="totp-secret" style={{ letterSpacing: '0.08em', wordBreak: 'break-all' }}>
            {setup.secret.replace(/(.{4})/g, '$1 ').trim()}
          </Code>
          <Text size="xs" c="dimmed">
            <FormattedMessage id="security.setup.uri" />
          </Text>
          <Code
            block
            fz="xs"
            data-testid="otpauth-uri"
            style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
          >
            {setup.otpauthUri}
          </Code>
          <Text size="xs" c="dimmed">
            <FormattedMessage id="security.setup.secretOnce" />
          </Text>
        </Stack>
        <Text>
          <FormattedMessage id="security.setup.step2" />
        </Text>
        <Group align="flex-start">
          <TextInput
            label={label}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            w={160}
            {...form.getInputProps('code')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={confirm.isPending} disabled={code.replace(/\s/g, '').length !== 6}>
            <FormattedMessage id="security.setup.confirm" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
