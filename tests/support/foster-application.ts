/** A Turkish family's public foster application that the country's rules accept, with parts to vary. */
export const fosterAdult = (over: Record<string, unknown> = {}) => ({
  givenName: 'Ayşe',
  familyName: 'Yılmaz',
  birthDate: '1982-03-10',
  education: 'secondary',
  regularIncome: true,
  citizenship: 'TR',
  residence: 'TR',
  applicant: true,
  ...over,
});

export const fosterApplication = (over: Record<string, unknown> = {}) => ({
  country: 'TR',
  twoParent: true,
  address: 'Atatürk Cad. 12, Ankara',
  district: 'Çankaya',
  phone: '+90 312 000 00 00',
  email: 'aile@example.org',
  motivation: 'We want to give a child a home.',
  adults: [fosterAdult(), fosterAdult({ givenName: 'Mehmet', regularIncome: false })],
  children: [{ givenName: 'Zeynep', familyName: 'Yılmaz', birthDate: '2012-01-01' }],
  ...over,
});
