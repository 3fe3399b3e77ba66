import { MantineProvider } from '@mantine/core';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { messages } from '../../../common/i18n/messages';
import { useSchemaForm } from '../../lib/form';
import { PersonNameFields } from './PersonNameFields';

const schema = z.object({
  children: z.array(
    z.object({
      familyName: z.string(),
      givenName: z.string(),
      patronymic: z.string().nullish(),
      sex: z.enum(['female', 'male']),
      birthDate: z.string(),
    }),
  ),
});

function Form(props: { sex?: boolean; birthDate?: { required?: boolean; max?: string } }) {
  const form = useSchemaForm(schema, {
    initialValues: {
      children: [
        { familyName: 'Əliyeva', givenName: 'Aysel', patronymic: null, sex: 'male', birthDate: '2015-03-02' },
      ],
    },
    labels: {},
  });
  return <PersonNameFields form={form} path="children.0" labels={{ givenName: 'First name' }} {...props} />;
}

function render(element: ReactElement) {
  return renderToStaticMarkup(
    <IntlProvider locale="en" messages={messages.en}>
      <MantineProvider>{element}</MantineProvider>
    </IntlProvider>,
  );
}

describe('PersonNameFields', () => {
  it('shows the names of the person at its path, with the form’s labels', () => {
    const html = render(<Form />);
    expect(html).toContain('Family name');
    expect(html).toContain('value="Əliyeva"');
    expect(html).toContain('First name');
    expect(html).toContain('value="Aysel"');
    // Nothing recorded (null) shows as an empty input, not an uncontrolled one.
    expect(html).toMatch(/Patronymic[\s\S]*value=""/);
    expect(html).not.toContain('Date of birth');
  });

  it('asks sex and birth date only where the form wants them', () => {
    const html = render(<Form sex birthDate={{ required: true, max: '2026-01-01' }} />);
    // The date is shown day first, in the interface language (Azerbaijani outside a provider);
    // `max` limits the calendar, which opens only on demand.
    expect(html).toContain('value="02.03.2015"');
    expect(html).toContain('placeholder="gg.aa.iiii"');
    expect(html).toMatch(/<option value="male" selected="">/);
  });
});
