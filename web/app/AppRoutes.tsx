import { type ReactNode, Suspense } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { AreaWords } from '../components/AreaWords';
import { PageLoading } from '../components/ui/PageLoading';
import { LoginPage } from '../features/auth/LoginPage';
import { DASHBOARD, STRENGTHENING } from '../i18n/catalogues';
import { useSession } from '../lib/session';
import { lazyPage } from './lazy-page';
import { NotFoundPage } from './NotFoundPage';

// Every page is a chunk of its own, downloaded when first shown: the sign-in page needs none of them.
const AppLayout = lazyPage(() => import('./AppLayout'), 'AppLayout');
const PublicRoutes = lazyPage(() => import('./PublicRoutes'), 'PublicRoutes');
const AuditPage = lazyPage(() => import('../features/audit/AuditPage'), 'AuditPage');
const CasePage = lazyPage(() => import('../features/cases/CasePage'), 'CasePage');
const CasesPage = lazyPage(() => import('../features/cases/CasesPage'), 'CasesPage');
const NewReferralPage = lazyPage(() => import('../features/cases/NewReferralPage'), 'NewReferralPage');
const DashboardPage = lazyPage(() => import('../features/dashboard/DashboardPage'), 'DashboardPage');
const DrillDownPage = lazyPage(() => import('../features/dashboard/DrillDownPage'), 'DrillDownPage');
const CountryFiguresPage = lazyPage(
  () => import('../features/country-figures/CountryFiguresPage'),
  'CountryFiguresPage',
);
const CountriesPage = lazyPage(() => import('../features/exchange/CountriesPage'), 'CountriesPage');
const HubConnectionPage = lazyPage(
  () => import('../features/cooperation-link/ConnectionPage'),
  'ConnectionPage',
);
const HubSendPage = lazyPage(() => import('../features/cooperation-link/SendPage'), 'SendPage');
// The cooperation hub's exchanges, observance days and Foster Family Day figures (issue 17).
const ExchangesPage = lazyPage(() => import('../features/exchanges/ExchangesPage'), 'ExchangesPage');
const ObservancePage = lazyPage(() => import('../features/exchanges/ObservancePage'), 'ObservancePage');
const FosterDayPage = lazyPage(() => import('../features/exchanges/FosterDayPage'), 'FosterDayPage');
const SearchPage = lazyPage(() => import('../features/search/SearchPage'), 'SearchPage');
const ResearchExportPage = lazyPage(
  () => import('../features/exports/ResearchExportPage'),
  'ResearchExportPage',
);
const FamiliesPage = lazyPage(() => import('../features/foster/FamiliesPage'), 'FamiliesPage');
const FamilyPage = lazyPage(() => import('../features/foster/FamilyPage'), 'FamilyPage');
const FunnelPage = lazyPage(() => import('../features/foster/FunnelPage'), 'FunnelPage');
const RecruitmentPage = lazyPage(() => import('../features/foster/RecruitmentPage'), 'RecruitmentPage');
const LocationsPage = lazyPage(() => import('../features/organisation/LocationsPage'), 'LocationsPage');
const ProgrammePage = lazyPage(() => import('../features/organisation/ProgrammePage'), 'ProgrammePage');
const ProgrammesPage = lazyPage(() => import('../features/organisation/ProgrammesPage'), 'ProgrammesPage');
const MergePage = lazyPage(() => import('../features/people/MergePage'), 'MergePage');
const EnrolmentPage = lazyPage(() => import('../features/programmes/EnrolmentPage'), 'EnrolmentPage');
const GroupPage = lazyPage(() => import('../features/programmes/GroupPage'), 'GroupPage');
const GroupsPage = lazyPage(() => import('../features/programmes/GroupsPage'), 'GroupsPage');
const RegisterPage = lazyPage(() => import('../features/programmes/RegisterPage'), 'RegisterPage');
const QualityPage = lazyPage(() => import('../features/quality/QualityPage'), 'QualityPage');
const ReportsPage = lazyPage(() => import('../features/reports/ReportsPage'), 'ReportsPage');
const AccountPage = lazyPage(() => import('../features/security/AccountPage'), 'AccountPage');
const HouseholdPage = lazyPage(() => import('../features/strengthening/HouseholdPage'), 'HouseholdPage');
const HouseholdsPage = lazyPage(() => import('../features/strengthening/HouseholdsPage'), 'HouseholdsPage');
const NewHouseholdPage = lazyPage(
  () => import('../features/strengthening/NewHouseholdPage'),
  'NewHouseholdPage',
);
const TwoFactorEnrolmentPage = lazyPage(
  () => import('../features/security/TwoFactorEnrolmentPage'),
  'TwoFactorEnrolmentPage',
);
const LibraryPage = lazyPage(() => import('../features/practices/LibraryPage'), 'LibraryPage');
const PracticePage = lazyPage(() => import('../features/practices/PracticePage'), 'PracticePage');
const TranslationQueuePage = lazyPage(
  () => import('../features/practices/TranslationQueuePage'),
  'TranslationQueuePage',
);
const NewPracticePage = lazyPage(
  () => import('../features/practices/TranslationQueuePage'),
  'NewPracticePage',
);
const UsersPage = lazyPage(() => import('../features/users/UsersPage'), 'UsersPage');
const HubPage = lazyPage(() => import('../features/cooperation-hub/HubPage'), 'HubPage');
const HomePage = lazyPage(() => import('./HomePage'), 'HomePage');
// The countries' cooperation space on the hub (issue 17).
const wg = () => import('../features/working-group/pages');
const CooperationHomePage = lazyPage(wg, 'CooperationHomePage');
const WorkingGroupPage = lazyPage(wg, 'WorkingGroupPage');
const MeetingsPage = lazyPage(wg, 'MeetingsPage');
const MeetingPage = lazyPage(wg, 'MeetingPage');
const ActionsPage = lazyPage(wg, 'ActionsPage');
const ActionPage = lazyPage(wg, 'ActionPage');
const CommitmentsPage = lazyPage(wg, 'CommitmentsPage');

// Pages that show the words the staff catalogue leaves out (the start page does not need them).
const dashboard = (page: ReactNode) => <AreaWords catalogues={DASHBOARD}>{page}</AreaWords>;
const strengthening = (page: ReactNode) => <AreaWords catalogues={STRENGTHENING}>{page}</AreaWords>;

export function AppRoutes() {
  const { user, pending } = useSession();
  const { pathname } = useLocation();
  // The public pages (a family applying to foster, then following its application) need no sign-in;
  // they are served as an app of their own (apply.html); this serves them in development.
  if (pathname === '/apply' || pathname.startsWith('/apply/')) {
    return (
      <Suspense fallback={<PageLoading />}>
        <PublicRoutes />
      </Suspense>
    );
  }
  // A role that requires two-factor sign-in: setting up an authenticator comes before anything else.
  if (!user && pending?.signInStage === 'enrolment') {
    return (
      <Suspense fallback={<PageLoading />}>
        <TwoFactorEnrolmentPage />
      </Suspense>
    );
  }
  if (!user) return <LoginPage />;
  const can = (p: string) => user.permissions.includes(p);
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          {can('indicators.read') && <Route path="dashboard" element={dashboard(<DashboardPage />)} />}
          {can('indicators.read') && can('cases.read') && (
            <Route path="dashboard/children" element={dashboard(<DrillDownPage />)} />
          )}
          {can('cases.read') && <Route path="cases" element={<CasesPage />} />}
          {can('cases.write') && <Route path="cases/new" element={<NewReferralPage />} />}
          {can('cases.read') && <Route path="cases/:id" element={<CasePage />} />}
          {can('cases.read') && <Route path="search" element={<SearchPage />} />}
          {can('organisation.read') && <Route path="locations" element={<LocationsPage />} />}
          {can('organisation.read') && <Route path="programmes" element={<ProgrammesPage />} />}
          {can('organisation.read') && <Route path="programmes/:id" element={<ProgrammePage />} />}
          {can('programmes.read') && <Route path="groups" element={<GroupsPage />} />}
          {can('programmes.read') && <Route path="groups/:id" element={<GroupPage />} />}
          {can('programmes.read') && <Route path="groups/:id/register" element={<RegisterPage />} />}
          {can('programmes.read') && <Route path="enrolments/:id" element={<EnrolmentPage />} />}
          {can('quality.read') && <Route path="quality" element={dashboard(<QualityPage />)} />}
          {can('reports.read') && <Route path="reports" element={<ReportsPage />} />}
          {can('indicators.share') && <Route path="countries" element={dashboard(<CountriesPage />)} />}
          {can('cooperation.connect') && <Route path="hub/connection" element={<HubConnectionPage />} />}
          {can('cooperation.push') && <Route path="hub/send" element={<HubSendPage />} />}
          {can('cooperation.read') && <Route path="cooperation/exchanges" element={<ExchangesPage />} />}
          {can('cooperation.read') && (
            <Route path="cooperation/observance-days" element={<ObservancePage />} />
          )}
          {can('cooperation.read') && <Route path="cooperation/foster-day" element={<FosterDayPage />} />}
          {can('cooperation.read') && <Route path="cooperation/figures" element={<CountryFiguresPage />} />}
          {can('strengthening.read') && (
            <Route path="strengthening" element={strengthening(<HouseholdsPage />)} />
          )}
          {can('strengthening.write') && (
            <Route path="strengthening/new" element={strengthening(<NewHouseholdPage />)} />
          )}
          {can('strengthening.read') && (
            <Route path="strengthening/:id" element={strengthening(<HouseholdPage />)} />
          )}
          {can('foster.read') && <Route path="foster" element={<FamiliesPage />} />}
          {can('foster.read') && <Route path="foster/funnel" element={<FunnelPage />} />}
          {can('foster.read') && <Route path="foster/recruitment" element={<RecruitmentPage />} />}
          {can('foster.read') && <Route path="foster/:id" element={<FamilyPage />} />}
          {can('cooperation.read') && <Route path="cooperation/practices" element={<LibraryPage />} />}
          {can('cooperation.read') && (
            <Route path="cooperation/practices/queue" element={<TranslationQueuePage />} />
          )}
          {can('cooperation.write') && (
            <Route path="cooperation/practices/new" element={<NewPracticePage />} />
          )}
          {can('cooperation.read') && <Route path="cooperation/practices/:id" element={<PracticePage />} />}
          {can('users.manage') && <Route path="users" element={<UsersPage />} />}
          <Route path="account" element={<AccountPage />} />
          {can('audit.read') && <Route path="audit" element={<AuditPage />} />}
          {can('exports.pseudonymised') && <Route path="exports/research" element={<ResearchExportPage />} />}
          {can('people.merge') && <Route path="people/merge" element={<MergePage />} />}
          {can('cooperation.hub') && <Route path="cooperation/hub" element={<HubPage />} />}
          {can('cooperation.read') && (
            <Route path="cooperation">
              <Route index element={<CooperationHomePage />} />
              <Route path="working-group" element={<WorkingGroupPage />} />
              <Route path="meetings" element={<MeetingsPage />} />
              <Route path="meetings/:id" element={<MeetingPage />} />
              <Route path="actions" element={<ActionsPage />} />
              <Route path="actions/:id" element={<ActionPage />} />
              <Route path="commitments" element={<CommitmentsPage />} />
            </Route>
          )}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
