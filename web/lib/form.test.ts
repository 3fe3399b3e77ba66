import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { messages } from '../../common/i18n/messages';
import { ApiError } from './api';
import { schemaFieldErrors, serverFieldErrors } from './form';

const intl = createIntl({ locale: 'en', messages: messages.en });
const schema = z.object({
  username: z.string().min(3),
  adults: z.array(z.object({ givenName: z.string().min(1) })),
});

describe('form messages', () => {
  it('translates what the schema refuses and names the field as the form labels it', () => {
    const result = schema.safeParse({ username: 'ab', adults: [{ givenName: 'A' }, { givenName: '' }] });
    const errors = schemaFieldErrors(intl, result, (path) =>
      path === 'username' ? 'User name' : 'Given name',
    );
    expect(errors.username).toBe('User name: write at least 3 characters.');
    // A given name has its own words: the label alone would not say what to do.
    expect(errors['adults.1.givenName']).toBe('Write the first name.');
    expect(errors['adults.0.givenName']).toBeUndefined();
    // A flat form with no field for the nested path still shows the message on the list.
    expect(errors.adults).toBe(errors['adults.1.givenName']);
  });

  it("says what to do with a field left empty, as the server does, and uses a rule's own reason", () => {
    const form = z.object({
      location: z.uuid(),
      day: z.iso.date(),
      reasons: z.array(z.string()).min(1),
      nationalId: z.string().refine((v) => v !== '000', { params: { reason: 'invalid_national_id' } }),
    });
    const result = form.safeParse(
      { location: '', day: '', reasons: [], nationalId: '000' },
      { reportInput: true },
    );
    const errors = schemaFieldErrors(intl, result, {
      location: 'Place',
      day: 'Day',
      reasons: 'Reasons',
      nationalId: 'ID',
    });
    expect(errors.location).toBe('Place: please choose one.');
    expect(errors.day).toBe('Day: write the date.');
    expect(errors.reasons).toBe('Choose at least one reason.');
    expect(errors.nationalId).toBe('ID: this identity number is not right (check the digits).');
    // Without the input reported, a date that is not there reads as a date to write in full.
    expect(
      schemaFieldErrors(intl, form.safeParse({ location: '', day: '', reasons: [], nationalId: 'x' }), {})
        .day,
    ).toBe('day: write the whole date — day, month and year.');
  });

  it("uses a form's own words for a field left empty, and only for that", () => {
    const form = z.object({ locationId: z.uuid() });
    const own = { locationId: 'cases.referral.chooseLocation' };
    const empty = form.safeParse({ locationId: '' }, { reportInput: true });
    expect(schemaFieldErrors(intl, empty, {}, own).locationId).toBe(
      'Choose the location that takes the child.',
    );
    const wrong = form.safeParse({ locationId: 'x' }, { reportInput: true });
    expect(schemaFieldErrors(intl, wrong, { locationId: 'Location' }, own).locationId).toBe(
      'Location: this does not look right; please check it.',
    );
  });

  it('gives nothing for accepted values', () => {
    expect(schemaFieldErrors(intl, schema.safeParse({ username: 'abc', adults: [] }), {})).toEqual({});
  });

  it("puts the server's field messages on the fields they name", () => {
    const refusal = new ApiError(400, 'validation', 'Please correct the fields', {
      fields: [{ field: 'body.adults.0.givenName', message: 'Given name is required' }],
    });
    expect(serverFieldErrors(refusal)).toEqual({
      'adults.0.givenName': 'Given name is required',
      adults: 'Given name is required',
    });
    expect(serverFieldErrors(new Error('network'))).toEqual({});
  });
});
