-- V9: desktop sessions beside the mobile tokens, the last login of each account, and alarm
-- handling written to the audit log by the database itself.

-- Desktop clients log in with a password and get a SESSION token: no device, an idle timeout
-- (checked against last_used_at) and an absolute end (expires_at).
ALTER TABLE auth_token DROP CONSTRAINT auth_token_kind_check;
ALTER TABLE auth_token ADD CONSTRAINT auth_token_kind_check CHECK (kind IN ('ACCESS', 'REFRESH', 'SESSION'));
ALTER TABLE auth_token ADD CONSTRAINT auth_token_session_has_no_device CHECK (kind <> 'SESSION' OR device_id IS NULL);
COMMENT ON COLUMN auth_token.kind IS
    'ACCESS and REFRESH: tokens of the mobile app, bound to device_id. SESSION: a desktop login, valid while '
    'now() < expires_at and the token was used within the idle timeout (last_used_at, or issued_at before first use).';
COMMENT ON COLUMN auth_token.last_used_at IS 'Last request made with the token; a SESSION idles out from here.';
CREATE INDEX auth_token_user_live_idx ON auth_token (user_id) WHERE revoked_at IS NULL;

ALTER TABLE app_user ADD COLUMN last_login_at timestamptz;
ALTER TABLE app_user ADD COLUMN last_login_address text;
COMMENT ON COLUMN app_user.last_login_at IS 'Time of the last successful login (desktop or mobile).';
COMMENT ON COLUMN app_user.last_login_address IS 'Client address of the last successful login.';
COMMENT ON COLUMN app_user.failed_logins IS
    'Wrong passwords in a row since the last successful login or lock; reaching the limit (5) sets locked_until.';

-- Every step of alarm handling lands in the audit log in the transaction that records it, whichever
-- code path wrote it. The client address is the one the application put in gridpatrol.client_address
-- for the transaction, when it did.
CREATE FUNCTION alarm_handling_audit() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    INSERT INTO audit_log (actor, actor_user_id, actor_address, action, target_type, target_id, summary)
    SELECT coalesce(u.username, 'user ' || NEW.by_user_id), NEW.by_user_id,
           nullif(current_setting('gridpatrol.client_address', true), ''),
           'ALARM_' || NEW.action, 'alarm', NEW.alarm_id::text,
           jsonb_strip_nulls(jsonb_build_object('handlingId', NEW.id, 'disposition', NEW.disposition,
                                                'note', NEW.note, 'at', NEW.at))
      FROM (SELECT 1) one LEFT JOIN app_user u ON u.id = NEW.by_user_id;
    RETURN NULL;
END
$fn$;
CREATE TRIGGER alarm_handling_audit AFTER INSERT ON alarm_handling
    FOR EACH ROW EXECUTE FUNCTION alarm_handling_audit();
COMMENT ON FUNCTION alarm_handling_audit() IS
    'Writes one audit_log row (action ALARM_ACK, ALARM_HANDLE or ALARM_ESCALATE) for each alarm_handling row.';
