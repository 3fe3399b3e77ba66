import { Route, Routes } from 'react-router';
import { AuditPage } from '../features/audit/AuditPage';
import { LoginPage } from '../features/auth/LoginPage';
import { useSession } from '../features/auth/SessionProvider';
import { CasePage } from '../features/cases/CasePage';
import { CasesPage } from '../features/cases/CasesPage';
import { NewReferralPage } from '../features/cases/NewReferralPage';
import { HomePage } from '../features/home/HomePage';
import { LocationsPage } from '../features/organisation/LocationsPage';
import { ProgrammePage } from '../features/organisation/ProgrammePage';
import { ProgrammesPage } from '../features/organisation/ProgrammesPage';
import { MergePage } from '../features/people/MergePage';
import { UsersPage } from '../features/users/UsersPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

export function AppRoutes() {
  const { user } = useSession();
  if (!user) return <LoginPage />;
  const can = (p: string) => user.permissions.includes(p);
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        {can('cases.read') && <Route path="cases" element={<CasesPage />} />}
        {can('cases.write') && <Route path="cases/new" element={<NewReferralPage />} />}
        {can('cases.read') && <Route path="cases/:id" element={<CasePage />} />}
        <Route path="locations" element={<LocationsPage />} />
        <Route path="programmes" element={<ProgrammesPage />} />
        <Route path="programmes/:id" element={<ProgrammePage />} />
        {can('users.manage') && <Route path="users" element={<UsersPage />} />}
        {can('audit.read') && <Route path="audit" element={<AuditPage />} />}
        {can('people.merge') && <Route path="people/merge" element={<MergePage />} />}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
