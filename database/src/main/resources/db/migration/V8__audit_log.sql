-- V8: the append-only, hash-chained audit log of every write and every login.

-- id is not an identity column: the insert trigger draws it from audit_log_id_seq after taking the
-- chain lock, so id order is chain order and ids have no gaps but those of rolled-back inserts.
CREATE SEQUENCE audit_log_id_seq AS bigint;

CREATE TABLE audit_log (
    id             bigint      PRIMARY KEY,
    at             timestamptz NOT NULL DEFAULT now(),
    actor          text        NOT NULL,
    actor_user_id  bigint,
    actor_address  text,
    action         text        NOT NULL,
    outcome        text        NOT NULL DEFAULT 'SUCCESS' CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    target_type    text,
    target_id      text,
    summary        jsonb       NOT NULL DEFAULT '{}',
    prev_hash      text,
    hash           text        NOT NULL UNIQUE
);
COMMENT ON TABLE audit_log IS
    'Append-only record of every write and every login (who, from where, what, on what, result). UPDATE, '
    'DELETE and TRUNCATE raise. Rows form a hash chain in id order: a trigger sets id, prev_hash (the '
    'previous row''s hash) and hash = sha256 over the row; audit_log_verify() finds the first broken link. '
    'Insert without id, prev_hash or hash: the trigger sets them (whatever the insert gave is replaced).';
COMMENT ON COLUMN audit_log.actor IS 'Username, api key prefix, or ''system'' for timers.';
COMMENT ON COLUMN audit_log.actor_user_id IS 'app_user.id of the actor if any (no foreign key: the log outlives accounts).';
COMMENT ON COLUMN audit_log.actor_address IS 'Client IP address as seen by the server.';
COMMENT ON COLUMN audit_log.action IS 'What happened, e.g. LOGIN, LOGOUT, GRID_UPDATE, ALARM_HANDLE.';
COMMENT ON COLUMN audit_log.target_id IS 'Id of the object acted on, as text.';
COMMENT ON COLUMN audit_log.summary IS 'Details: changed fields, old and new values, failure reason.';
COMMENT ON COLUMN audit_log.prev_hash IS 'hash of the previous row (NULL for the first row). Set by trigger.';
COMMENT ON COLUMN audit_log.hash IS 'Hex sha256 of this row''s content and prev_hash (audit_log_row_hash). Set by trigger.';
ALTER SEQUENCE audit_log_id_seq OWNED BY audit_log.id;
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_actor_at_idx ON audit_log (actor, at);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id);

COMMENT ON COLUMN audit_log.id IS 'Position in the chain; assigned by the insert trigger from audit_log_id_seq.';

-- The hash of one row: a canonical text of its fields (times as epoch microseconds, jsonb in its
-- normalised text form, each field length-prefixed), chained to the previous hash.
CREATE FUNCTION audit_log_row_hash(
    p_id bigint, p_at timestamptz, p_actor text, p_actor_user_id bigint, p_actor_address text,
    p_action text, p_outcome text, p_target_type text, p_target_id text, p_summary jsonb, p_prev_hash text)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
    SELECT encode(sha256(convert_to(
        concat_ws('|',
            p_id::text,
            (extract(epoch FROM p_at) * 1000000)::bigint::text,
            length(p_actor) || ':' || p_actor,
            coalesce(p_actor_user_id::text, '-'),
            coalesce(length(p_actor_address) || ':' || p_actor_address, '-'),
            length(p_action) || ':' || p_action,
            p_outcome,
            coalesce(length(p_target_type) || ':' || p_target_type, '-'),
            coalesce(length(p_target_id) || ':' || p_target_id, '-'),
            p_summary::text,
            coalesce(p_prev_hash, '-')),
        'UTF8')), 'hex')
$fn$;
COMMENT ON FUNCTION audit_log_row_hash(bigint, timestamptz, text, bigint, text, text, text, text, text, jsonb, text) IS
    'Hash of one audit_log row chained to the previous row''s hash; used by the insert trigger and by audit_log_verify().';

-- Chain each new row to the last one. The transaction-scoped lock is held until commit, so rows are
-- chained, numbered and committed in the same order: keep audit inserts near the end of a transaction.
CREATE FUNCTION audit_log_chain() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('gridpatrol.audit_log'));
    NEW.id := nextval(format('%I.audit_log_id_seq', TG_TABLE_SCHEMA)::regclass);
    NEW.summary := coalesce(NEW.summary, '{}');
    SELECT hash INTO NEW.prev_hash
      FROM audit_log ORDER BY id DESC LIMIT 1;
    NEW.hash := audit_log_row_hash(NEW.id, NEW.at, NEW.actor, NEW.actor_user_id, NEW.actor_address,
                                   NEW.action, NEW.outcome, NEW.target_type, NEW.target_id, NEW.summary,
                                   NEW.prev_hash);
    RETURN NEW;
END
$fn$;

CREATE FUNCTION audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$fn$;

CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- The first row (in id order) whose chain link or hash is wrong, or NULL if the log is intact.
CREATE FUNCTION audit_log_verify() RETURNS bigint
LANGUAGE sql STABLE AS $fn$
    SELECT id
      FROM (SELECT l.*, lag(l.hash) OVER (ORDER BY l.id) AS expected_prev
              FROM audit_log l) c
     WHERE c.prev_hash IS DISTINCT FROM c.expected_prev
        OR c.hash <> audit_log_row_hash(c.id, c.at, c.actor, c.actor_user_id, c.actor_address, c.action,
                                        c.outcome, c.target_type, c.target_id, c.summary, c.prev_hash)
     ORDER BY id
     LIMIT 1
$fn$;
COMMENT ON FUNCTION audit_log_verify() IS
    'Returns the id of the first audit_log row that breaks the hash chain (altered, or a row before it '
    'removed), or NULL if the whole log is intact.';
