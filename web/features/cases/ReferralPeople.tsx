import { Button, Group, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { SchemaForm } from '../../lib/form';
import { ChildFields } from './ChildFields';
import { ChildDuplicateCheck } from './DuplicateWarning';
import { EMPTY_MEMBER, FamilyMemberFields } from './FamilyMemberFields';
import { newSibling, parentNames, type referralFormSchema } from './referral-form';

type Props = { form: SchemaForm<typeof referralFormSchema> };

/** The children of the referral (siblings are registered together), each checked for a duplicate. */
export function ReferralChildren({ form }: Props) {
  const intl = useIntl();
  const { children, family } = form.getValues();
  const parents = parentNames(family);
  return (
    <>
      <Title order={2} size="h3">
        <FormattedMessage id="cases.referral.children" />
      </Title>
      {children.map((child, i) => (
        <ChildFields
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved
          key={i}
          legend={intl.formatMessage({ id: 'cases.referral.childN' }, { n: i + 1 })}
          form={form}
          path={`children.${i}`}
        >
          <ChildDuplicateCheck
            child={child}
            parentNames={parents}
            onChange={(v) => form.setFieldValue(`children.${i}`, v)}
            reasonError={form.errors[`children.${i}.confirmNewReason`] as string | undefined}
          />
          {children.length > 1 && (
            <Button mt="sm" variant="subtle" color="red" onClick={() => form.removeListItem('children', i)}>
              <FormattedMessage id="cases.referral.removeChild" values={{ n: i + 1 }} />
            </Button>
          )}
        </ChildFields>
      ))}
      <Group>
        <Button
          variant="light"
          disabled={children.length >= 8}
          onClick={() => form.insertListItem('children', newSibling(children[0]))}
        >
          <FormattedMessage id="cases.referral.addSibling" />
        </Button>
      </Group>
    </>
  );
}

/** The members of the birth family known at referral. */
export function ReferralFamily({ form }: Props) {
  const intl = useIntl();
  const { family } = form.getValues();
  return (
    <>
      <Title order={2} size="h3">
        <FormattedMessage id="cases.referral.family" />
      </Title>
      {family.map((_, i) => (
        <FamilyMemberFields
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved
          key={i}
          legend={intl.formatMessage({ id: 'cases.referral.memberN' }, { n: i + 1 })}
          form={form}
          path={`family.${i}`}
        >
          <Button mt="sm" variant="subtle" color="red" onClick={() => form.removeListItem('family', i)}>
            <FormattedMessage id="cases.referral.removeMember" values={{ n: i + 1 }} />
          </Button>
        </FamilyMemberFields>
      ))}
      <Group>
        <Button variant="light" onClick={() => form.insertListItem('family', { ...EMPTY_MEMBER })}>
          <FormattedMessage id="cases.referral.addMember" />
        </Button>
      </Group>
    </>
  );
}
