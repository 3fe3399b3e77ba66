import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatTime } from '../../../common/i18n/format';
import type { Locale } from '../../../common/i18n/locales';
import { LanguageSwitcher } from '../../components/ui/LanguageSwitcher';
import { ApiError } from '../../lib/api';
import { usePageTitle } from '../../lib/page-title';
import { useSession } from '../../lib/session';
import { postLogin, postLoginCode } from '../../lib/session-api';

export function LoginPage() {
  const intl = useIntl();
  const { signedIn, signOut, pending } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const codeStep = pending?.signInStage === 'two_factor';
  usePageTitle(codeStep ? 'security.code.title' : 'login.title');
  const [error, setError] = useState<{ message: string; extra?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // A language chosen here, now, wins over the one saved on the account (and is saved to it).
  const [chosenLocale, setChosenLocale] = useState<Locale>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (codeStep) {
        signedIn(await postLoginCode(code));
      } else {
        signedIn(await postLogin({ username, password, locale: chosenLocale }));
      }
    } catch (e) {
      setError(describe(e));
      setPassword('');
      setCode('');
      // Locked, or waited too long: the half-way sign-in is over, start again.
      if (codeStep && e instanceof ApiError && (e.status !== 401 || e.code === 'unauthenticated')) {
        await signOut();
      }
    } finally {
      setBusy(false);
    }
  }

  function describe(e: unknown) {
    if (!(e instanceof ApiError)) return { message: String(e) };
    if (e.code === 'offline') return { message: intl.formatMessage({ id: 'common.offline' }) };
    const details = e.details as { attemptsLeft?: number; lockedUntil?: string } | undefined;
    if (details?.lockedUntil) {
      const time = formatTime(details.lockedUntil);
      return { message: e.message, extra: intl.formatMessage({ id: 'login.lockedUntil' }, { time }) };
    }
    if (details?.attemptsLeft !== undefined && details.attemptsLeft <= 3) {
      return {
        message: e.message,
        extra: intl.formatMessage({ id: 'login.attemptsLeft' }, { count: details.attemptsLeft }),
      };
    }
    return { message: e.message };
  }

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420} radius="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h2">
              <FormattedMessage id={codeStep ? 'security.code.title' : 'login.title'} />
            </Title>
            <Text c="dimmed" size="sm">
              <FormattedMessage id="app.tagline" />
            </Text>
            {error && (
              <Alert color="red" role="alert" title={error.message}>
                {error.extra}
              </Alert>
            )}
            {codeStep ? (
              <>
                <Text>
                  <FormattedMessage id="security.code.intro" />
                </Text>
                <TextInput
                  label={intl.formatMessage({ id: 'security.code.label' })}
                  name="code"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  autoCapitalize="none"
                  required
                  maxLength={24}
                  value={code}
                  onChange={(e) => setCode(e.currentTarget.value)}
                  description={intl.formatMessage({ id: 'security.code.recoveryHint' })}
                  data-autofocus
                  autoFocus
                />
                <Button type="submit" loading={busy} disabled={code.trim().length < 6}>
                  <FormattedMessage id="security.code.submit" />
                </Button>
                <Button
                  variant="subtle"
                  onClick={() => {
                    setError(null);
                    void signOut();
                  }}
                >
                  <FormattedMessage id="security.code.cancel" />
                </Button>
              </>
            ) : (
              <>
                <TextInput
                  label={intl.formatMessage({ id: 'login.username' })}
                  name="username"
                  autoComplete="username"
                  autoCapitalize="none"
                  required
                  value={username}
                  onChange={(e) => setUsername(e.currentTarget.value)}
                  data-autofocus
                />
                <PasswordInput
                  label={intl.formatMessage({ id: 'login.password' })}
                  name="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                />
                <Button type="submit" loading={busy} disabled={!username || !password}>
                  <FormattedMessage id="login.submit" />
                </Button>
              </>
            )}
            <LanguageSwitcher onChoose={setChosenLocale} />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
