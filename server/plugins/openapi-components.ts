import { z } from 'zod';
import { auditEventViewSchema, auditPageSchema } from '../../common/contracts/audit';
import { currentUserSchema, sessionResponseSchema } from '../../common/contracts/auth';
import {
  carePlanBodySchema,
  carePlanViewSchema,
  caseDetailSchema,
  casePageSchema,
  caseSummarySchema,
  contactViewSchema,
  familyMemberViewSchema,
  gatekeepingViewSchema,
  myWorkSchema,
  personViewSchema,
  placementViewSchema,
  referralBodySchema,
  referralResultSchema,
  reviewViewSchema,
  startPlacementBodySchema,
  timelineEntrySchema,
  workerSchema,
} from '../../common/contracts/cases';
import { errorResponseSchema } from '../../common/contracts/common';
import {
  familyDetailSchema,
  familySummarySchema,
  fosterDocumentViewSchema,
  publicApplicationBodySchema,
  visitViewSchema,
} from '../../common/contracts/foster';
import { dashboardSchema } from '../../common/contracts/indicators';
import {
  documentViewSchema,
  followUpViewSchema,
  leavingCarePlanViewSchema,
  shortTermEpisodeSchema,
} from '../../common/contracts/leaving-care';
import {
  houseViewSchema,
  locationViewSchema,
  programmeViewSchema,
} from '../../common/contracts/organisation';
import {
  groupDetailSchema,
  enrolmentViewSchema as programmeEnrolmentSchema,
} from '../../common/contracts/programmes';
import {
  ambassadorViewSchema,
  campaignViewSchema,
  eventViewSchema,
  inquiryViewSchema,
} from '../../common/contracts/recruitment';
import { reportSchema } from '../../common/contracts/reports';
import { searchHitSchema } from '../../common/contracts/search';
import {
  householdBodySchema,
  householdDetailSchema,
  householdPageSchema,
  householdSummarySchema,
} from '../../common/contracts/strengthening';
import { createUserBodySchema, userPageSchema, userViewSchema } from '../../common/contracts/users';

/**
 * The schemas a client imports by name: the main records, what is sent to create them, their
 * pages and the error. Each becomes `#/components/schemas/<name>` in the OpenAPI document
 * (fastify-type-provider-zod reads ids from zod's global registry); a schema used as a request
 * body is named `<name>Input` there. Names are kept here, in one place, not in the contracts.
 */
const COMPONENTS: [z.ZodType, string][] = [
  [errorResponseSchema, 'Error'],
  [currentUserSchema, 'CurrentUser'],
  [sessionResponseSchema, 'Session'],
  [referralBodySchema, 'Referral'],
  [referralResultSchema, 'ReferralResult'],
  [caseDetailSchema, 'Case'],
  [caseSummarySchema, 'CaseSummary'],
  [casePageSchema, 'CasePage'],
  [personViewSchema, 'Person'],
  [familyMemberViewSchema, 'FamilyMember'],
  [placementViewSchema, 'Placement'],
  [startPlacementBodySchema, 'NewPlacement'],
  [gatekeepingViewSchema, 'GatekeepingAssessment'],
  [carePlanViewSchema, 'CarePlan'],
  [carePlanBodySchema, 'NewCarePlan'],
  [reviewViewSchema, 'Review'],
  [contactViewSchema, 'FamilyContact'],
  [timelineEntrySchema, 'TimelineEntry'],
  [workerSchema, 'Worker'],
  [myWorkSchema, 'MyWork'],
  [documentViewSchema, 'CaseDocument'],
  [leavingCarePlanViewSchema, 'LeavingCarePlan'],
  [followUpViewSchema, 'FollowUp'],
  [shortTermEpisodeSchema, 'ShortTermEpisode'],
  [searchHitSchema, 'SearchHit'],
  [familyDetailSchema, 'FosterFamily'],
  [familySummarySchema, 'FosterFamilySummary'],
  [publicApplicationBodySchema, 'FosterApplication'],
  [fosterDocumentViewSchema, 'FosterDocument'],
  [visitViewSchema, 'MonitoringVisit'],
  [campaignViewSchema, 'Campaign'],
  [ambassadorViewSchema, 'Ambassador'],
  [eventViewSchema, 'RecruitmentEvent'],
  [inquiryViewSchema, 'Inquiry'],
  [locationViewSchema, 'Location'],
  [programmeViewSchema, 'Programme'],
  [houseViewSchema, 'House'],
  [groupDetailSchema, 'ProgrammeGroup'],
  [programmeEnrolmentSchema, 'ProgrammeEnrolment'],
  [householdBodySchema, 'NewHousehold'],
  [householdDetailSchema, 'Household'],
  [householdSummarySchema, 'HouseholdSummary'],
  [householdPageSchema, 'HouseholdPage'],
  [userViewSchema, 'User'],
  [createUserBodySchema, 'NewUser'],
  [userPageSchema, 'UserPage'],
  [auditEventViewSchema, 'AuditEvent'],
  [auditPageSchema, 'AuditPage'],
  [dashboardSchema, 'Dashboard'],
  [reportSchema, 'Report'],
];

/** Names the schemas in zod's global registry (again, harmlessly, for every app built). */
export function registerComponents() {
  for (const [schema, id] of COMPONENTS)
    z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), id });
}
