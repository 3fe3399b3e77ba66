import { Route, Routes, useLocation } from 'react-router';
import { AuditPage } from '../features/audit/AuditPage';
import { LoginPage } from '../features/auth/LoginPage';
import { CasePage } from '../features/cases/CasePage';
import { CasesPage } from '../features/cases/CasesPage';
import { NewReferralPage } from '../features/cases/NewReferralPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { DrillDownPage } from '../features/dashboard/DrillDownPage';
import { CountriesPage } from '../features/exchange/CountriesPage';
import { ResearchExportPage } from '../features/exports/ResearchExportPage';
import { ApplyPage } from '../features/foster/ApplyPage';
import { FamiliesPage } from '../features/foster/FamiliesPage';
import { FamilyPage } from '../features/foster/FamilyPage';
import { FunnelPage } from '../features/foster/FunnelPage';
import { RecruitmentPage } from '../features/foster/RecruitmentPage';
import { StatusPage } from '../features/foster/StatusPage';
import { LocationsPage } from '../features/organisation/LocationsPage';
import { ProgrammePage } from '../features/organisation/ProgrammePage';
import { ProgrammesPage } from '../features/organisation/ProgrammesPage';
import { MergePage } from '../features/people/MergePage';
import { EnrolmentPage } from '../features/programmes/EnrolmentPage';
import { GroupPage } from '../features/programmes/GroupPage';
import { GroupsPage } from '../features/programmes/GroupsPage';
import { RegisterPage } from '../features/programmes/RegisterPage';
import { QualityPage } from '../features/quality/QualityPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SearchPage } from '../features/search/SearchPage';
import { AccountPage } from '../features/security/AccountPage';
import { TwoFactorEnrolmentPage } from '../features/security/TwoFactorEnrolmentPage';
import { HouseholdPage } from '../features/strengthening/HouseholdPage';
import { HouseholdsPage } from '../features/strengthening/HouseholdsPage';
import { NewHouseholdPage } from '../features/strengthening/NewHouseholdPage';
import { UsersPage } from '../features/users/UsersPage';
import { useSession } from '../lib/session';
import { AppLayout, PublicLayout } from './AppLayout';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';

export function AppRoutes() {
  const { user, pending } = useSession();
  const { pathname } = useLocation();
  // The public pages (a family applying to foster, then following its application) need no sign-in.
  if (pathname === '/apply' || pathname.startsWith('/apply/')) {
    return (
      <Routes>
        <Route path="apply" element={<PublicLayout />}>
          <Route index element={<ApplyPage />} />
          <Route path="status/:token" element={<StatusPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    );
  }
  // A role that requires two-factor sign-in: setting up an authenticator comes before anything else.
  if (!user) return pending?.signInStage === 'enrolment' ? <TwoFactorEnrolmentPage /> : <LoginPage />;
  const can = (p: string) => user.permissions.includes(p);
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        {can('indicators.read') && <Route path="dashboard" element={<DashboardPage />} />}
        {can('indicators.read') && can('cases.read') && (
          <Route path="dashboard/children" element={<DrillDownPage />} />
        )}
        {can('cases.read') && <Route path="cases" element={<CasesPage />} />}
        {can('cases.write') && <Route path="cases/new" element={<NewReferralPage />} />}
        {can('cases.read') && <Route path="cases/:id" element={<CasePage />} />}
        {can('cases.read') && <Route path="search" element={<SearchPage />} />}
        <Route path="locations" element={<LocationsPage />} />
        <Route path="programmes" element={<ProgrammesPage />} />
        <Route path="programmes/:id" element={<ProgrammePage />} />
        {can('programmes.read') && <Route path="groups" element={<GroupsPage />} />}
        {can('programmes.read') && <Route path="groups/:id" element={<GroupPage />} />}
        {can('programmes.read') && <Route path="groups/:id/register" element={<RegisterPage />} />}
        {can('programmes.read') && <Route path="enrolments/:id" element={<EnrolmentPage />} />}
        {can('quality.read') && <Route path="quality" element={<QualityPage />} />}
        {can('reports.read') && <Route path="reports" element={<ReportsPage />} />}
        {can('indicators.share') && <Route path="countries" element={<CountriesPage />} />}
        {can('strengthening.read') && <Route path="strengthening" element={<HouseholdsPage />} />}
        {can('strengthening.write') && <Route path="strengthening/new" element={<NewHouseholdPage />} />}
        {can('strengthening.read') && <Route path="strengthening/:id" element={<HouseholdPage />} />}
        {can('foster.read') && <Route path="foster" element={<FamiliesPage />} />}
        {can('foster.read') && <Route path="foster/funnel" element={<FunnelPage />} />}
        {can('foster.read') && <Route path="foster/recruitment" element={<RecruitmentPage />} />}
        {can('foster.read') && <Route path="foster/:id" element={<FamilyPage />} />}
        {can('users.manage') && <Route path="users" element={<UsersPage />} />}
        <Route path="account" element={<AccountPage />} />
        {can('audit.read') && <Route path="audit" element={<AuditPage />} />}
        {can('exports.pseudonymised') && <Route path="exports/research" element={<ResearchExportPage />} />}
        {can('people.merge') && <Route path="people/merge" element={<MergePage />} />}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
