-- A monitoring visit held outside the schedule (after a call from the school, say) is recorded
-- as a visit of its own, held on its day, so it no longer uses up the next scheduled visit.
-- Its due_on is the day it was held; the schedule's own visits keep unscheduled = false.
alter table foster_visits add column unscheduled boolean not null default false;
alter table foster_visits add constraint foster_visits_unscheduled_held
  check (not unscheduled or (status = 'held' and held_on is not null));
