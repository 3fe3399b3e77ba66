-- Day care, education and the kindergarten (issue 6): what the daily work needs beyond 0014.

-- At most one open absence follow-up per enrolment, even when two registers are saved at once.
create unique index tasks_one_open_absence_follow_up on tasks (enrolment_id)
  where status = 'open' and kind = 'absence_follow_up';

-- A teacher's groups.
create index programme_groups_teacher_idx on programme_groups (teacher_id) where teacher_id is not null;
