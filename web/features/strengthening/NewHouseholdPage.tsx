import {
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { householdBodySchema } from '../../../common/contracts/strengthening';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLocalized } from '../../lib/format';
import { useLocations } from '../../lib/organisation';
import { usePageTitle } from '../../lib/page-title';
import { useSession } from '../../lib/session';
import { useRegisterHousehold, useStrengtheningProgrammes, useWorkers } from './api';
import {
  emptyMember,
  MemberFields,
  type MemberForm,
  memberBody,
  pathErrors,
  serverPathErrors,
  under,
  useMemberLabel,
} from './MemberFields';

/**
 * A family identified for support: where it lives, its worker and its members — each linked to
 * their record when already on file. Next, the risk-of-separation assessment.
 */
export function NewHouseholdPage() {
  usePageTitle('strengthening.new.title');
  const intl = useIntl();
  const navigate = useNavigate();
  const localized = useLocalized();
  const { user } = useSession();
  const memberLabel = useMemberLabel();
  const locations = useLocations();
  const register = useRegisterHousehold();
  // The locations of the family strengthening programmes the user works in.
  const programmes = useStrengtheningProgrammes();
  const served = new Set((programmes.data ?? []).map((p) => p.locationId));
  const places = (locations.data ?? []).filter((l) => served.has(l.id));
  const [locationId, setLocationId] = useState<string>('');
  const location = locationId || (places.length === 1 ? places[0]!.id : '');
  const workers = useWorkers(location || null);
  const [workerId, setWorkerId] = useState<string>('');
  const [address, setAddress] = useState('');
  const [phone, setPhone] = useState('');
  const [members, setMembers] = useState<MemberForm[]>([emptyMember('mother')]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const labelOf = (field: string) =>
    ['locationId', 'address', 'phone', 'workerId', 'members'].includes(field)
      ? t(`strengthening.field.${field}`)
      : memberLabel(field);
  const parentNames = members
    .filter((m) => m.relationship === 'mother' || m.relationship === 'father')
    .map((m) => `${m.givenName} ${m.familyName}`.trim());
  const defaultWorker = user?.role === 'social_worker' ? user.id : '';

  const body = {
    locationId: location,
    address,
    phone,
    workerId: workerId || defaultWorker || null,
    members: members.map(memberBody),
  };
  const check = () => pathErrors(intl, householdBodySchema.safeParse(body, { reportInput: true }), labelOf);
  // After a refused save each change is checked again: a message goes as soon as its field is right.
  // biome-ignore lint/correctness/useExhaustiveDependencies: checked again when a value changes
  useEffect(() => {
    if (Object.keys(errors).length > 0) setErrors(check());
  }, [location, address, phone, workerId, members]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = householdBodySchema.safeParse(body, { reportInput: true });
    setErrors(check());
    if (!checked.success) return;
    try {
      const created = await register.mutateAsync(body);
      navigate(`/strengthening/${created.id}?tab=assessments&registered=1`);
    } catch (e) {
      setErrors(serverPathErrors(e));
    }
  }

  return (
    <Stack>
      <Anchor component={Link} to="/strengthening" size="sm">
        <FormattedMessage id="strengthening.back" />
      </Anchor>
      <Title order={1}>
        <FormattedMessage id="strengthening.new.title" />
      </Title>
      <Text c="dimmed">
        <FormattedMessage id="strengthening.new.intro" />
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Paper withBorder p="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('strengthening.field.locationId')}
                required
                value={location}
                error={errors.locationId}
                onChange={(e) => {
                  setLocationId(e.currentTarget.value);
                  setWorkerId('');
                }}
                data={[
                  { value: '', label: t('strengthening.choose') },
                  ...places.map((l) => ({ value: l.id, label: localized(l.name) })),
                ]}
              />
              <NativeSelect
                label={t('strengthening.field.workerId')}
                value={workerId || defaultWorker}
                error={errors.workerId}
                disabled={!location}
                onChange={(e) => setWorkerId(e.currentTarget.value)}
                data={[
                  { value: '', label: t('common.none') },
                  ...(workers.data ?? []).map((w) => ({ value: w.id, label: w.displayName })),
                ]}
              />
              <TextInput
                label={t('strengthening.field.address')}
                value={address}
                error={errors.address}
                onChange={(e) => setAddress(e.currentTarget.value)}
              />
              <TextInput
                label={t('strengthening.field.phone')}
                type="tel"
                value={phone}
                error={errors.phone}
                onChange={(e) => setPhone(e.currentTarget.value)}
              />
            </SimpleGrid>
          </Paper>
          {members.map((m, i) => (
            <MemberFields
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, never reordered
              key={i}
              legend={t('strengthening.new.member', { n: i + 1 })}
              value={m}
              parentNames={parentNames}
              errors={under(errors, `members.${i}.`)}
              onChange={(v) => setMembers(members.map((x, j) => (j === i ? v : x)))}
            >
              {members.length > 1 && (
                <Group justify="flex-end">
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    onClick={() => setMembers(members.filter((_, j) => j !== i))}
                  >
                    <FormattedMessage id="strengthening.new.removeMember" values={{ n: i + 1 }} />
                  </Button>
                </Group>
              )}
            </MemberFields>
          ))}
          {errors.members && (
            <Text c="red" size="sm">
              {errors.members}
            </Text>
          )}
          <Group>
            <Button
              variant="default"
              onClick={() => setMembers([...members, emptyMember('child', members[0]?.familyName ?? '')])}
              disabled={members.length >= 20}
            >
              <FormattedMessage id="strengthening.new.addMember" />
            </Button>
          </Group>
          <ErrorAlert error={register.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={register.isPending}>
              <FormattedMessage id="strengthening.new.save" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
