import type { FastifyInstance } from 'fastify';
import type { Deps } from '../domain/context';
import { consentRoutes } from './strengthening-consents.routes';
import { enrolmentRoutes } from './strengthening-enrolments.routes';
import { householdRoutes } from './strengthening-households.routes';
import { planRoutes } from './strengthening-plans.routes';
import { programmeRoutes } from './strengthening-programmes.routes';
import { serviceRoutes } from './strengthening-services.routes';

/**
 * Family strengthening: households, consent, assessments, enrolment, plans, services, referrals and exit.
 * Registered in the order the OpenAPI document lists them (and tests/support/openapi.d.ts follows it),
 * which is the order of a family's way through the programme.
 */
export function strengtheningRoutes(app: FastifyInstance, deps: Deps) {
  householdRoutes(app, deps);
  consentRoutes(app, deps);
  enrolmentRoutes(app, deps);
  planRoutes(app, deps);
  serviceRoutes(app, deps);
  programmeRoutes(app, deps);
}
