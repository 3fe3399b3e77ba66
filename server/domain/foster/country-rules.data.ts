import type { CountryRules } from '../../../common/foster';

/**
 * Country rule sets (shared/domain.md §5) as data with the date they took effect. Amounts of
 * allowances are placeholders for an administrator to replace with the figures in force: the
 * founding texts give the structure (monthly, disability, clothing, school), not the sums.
 */
export const COUNTRY_RULES: { country: 'AZ' | 'TR'; effectiveFrom: string; rules: CountryRules }[] = [
  {
    country: 'AZ',
    effectiveFrom: '2023-07-01',
    rules: {
      eligibility: {
        minAge: 18,
        maxAge: null,
        minEducation: null,
        regularIncome: true,
        citizenship: null,
        residence: 'AZ',
        couplesApplyTogether: true,
      },
      household: {
        maxChildrenTwoParent: 5,
        maxChildrenSingleParent: 3,
        maxFosterChildren: 3,
        siblingsMayExceed: true,
      },
      allowances: {
        currency: 'AZN',
        monthlyPerChild: 300,
        disabilitySupplementPercent: 0,
        disabilityMonthly: 400,
        clothing: { months: [1, 4, 7, 10], amount: 150 },
        school: { months: [], amount: 0 },
      },
      requirements: [
        {
          code: 'notary_application',
          kind: 'document',
          perAdult: true,
          count: 1,
          hours: null,
          validMonths: null,
        },
        {
          code: 'e_social_application',
          kind: 'document',
          perAdult: false,
          count: 1,
          hours: null,
          validMonths: null,
        },
        { code: 'criminal_record', kind: 'check', perAdult: true, count: 1, hours: null, validMonths: 12 },
        { code: 'medical_report', kind: 'medical', perAdult: true, count: 1, hours: null, validMonths: 12 },
        { code: 'interview', kind: 'interview', perAdult: false, count: 1, hours: null, validMonths: null },
        { code: 'training', kind: 'training', perAdult: false, count: 1, hours: 24, validMonths: 36 },
      ],
      observanceDays: [{ month: 5, day: 31, name: 'Foster Family Day' }],
      adjustmentDays: 30,
      approvalNeedsContract: true,
      approvalValidMonths: 24,
      monitoring: [
        { fromMonth: 0, everyMonths: 1 },
        { fromMonth: 6, everyMonths: 3 },
      ],
      amountsNote: 'Allowance amounts are placeholders: enter the figures in force.',
    },
  },
  {
    country: 'TR',
    effectiveFrom: '2012-12-14',
    rules: {
      eligibility: {
        minAge: 25,
        maxAge: 65,
        minEducation: 'primary',
        regularIncome: true,
        citizenship: 'TR',
        residence: 'TR',
        couplesApplyTogether: true,
      },
      household: {
        maxChildrenTwoParent: null,
        maxChildrenSingleParent: null,
        maxFosterChildren: null,
        siblingsMayExceed: true,
      },
      allowances: {
        currency: 'TRY',
        monthlyPerChild: 5000,
        disabilitySupplementPercent: 50,
        disabilityMonthly: 0,
        clothing: { months: [4, 10], amount: 1500 },
        school: { months: [9], amount: 1500 },
      },
      requirements: [
        { code: 'criminal_record', kind: 'check', perAdult: true, count: 1, hours: null, validMonths: 6 },
        { code: 'health_report', kind: 'medical', perAdult: true, count: 1, hours: null, validMonths: 12 },
        { code: 'cv', kind: 'document', perAdult: true, count: 1, hours: null, validMonths: null },
        { code: 'references', kind: 'document', perAdult: false, count: 5, hours: null, validMonths: null },
        {
          code: 'home_study_interview',
          kind: 'interview',
          perAdult: false,
          count: 5,
          hours: null,
          validMonths: null,
        },
        { code: 'training', kind: 'training', perAdult: false, count: 1, hours: 30, validMonths: null },
      ],
      observanceDays: [{ month: 6, day: 30, name: 'Foster Family Day' }],
      adjustmentDays: 30,
      approvalNeedsContract: false,
      approvalValidMonths: 36,
      monitoring: [
        { fromMonth: 0, everyMonths: 1 },
        { fromMonth: 6, everyMonths: 3 },
      ],
      amountsNote: 'Allowance amounts are placeholders: enter the figures in force.',
    },
  },
];
