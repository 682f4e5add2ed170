-- The entries written before the three services shared one audit vocabulary are rewritten in it once
-- (plan.calendar-changed on plan:3 becomes PLAN_CALENDAR_CHANGED on plan/3); from here on the log is
-- append-only in the database itself, as in every service.
UPDATE audit_log
   SET action  = UPPER(REPLACE(REPLACE(action, '.', '_'), '-', '_')),
       subject = REPLACE(subject, ':', '/')
 WHERE action REGEXP '^[a-z]+[.][a-z-]+$';

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';
