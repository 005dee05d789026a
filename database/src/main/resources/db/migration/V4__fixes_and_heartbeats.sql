-- V4: what the phones send — GPS fixes (partitioned by day), heartbeats, clock-in/out — and the
-- per-officer live status the engine restarts from.

---------------------------------------------------------------------------------------------
-- Fixes
---------------------------------------------------------------------------------------------

-- Coordinates are plain lon/lat doubles, not a geometry: a GiST index halves ingest speed.
-- Build points in queries: ST_SetSRID(ST_MakePoint(lon, lat), 4326).
-- No foreign keys here, on purpose (ingest speed): device_id is checked by fix_seq, which every
-- stored fix has a row in, and officer_id is the device's officer at ingest.
CREATE TABLE fix (
    device_id    bigint           NOT NULL,
    officer_id   bigint           NOT NULL,
    seq          bigint           NOT NULL CHECK (seq >= 0),
    fix_time     timestamptz      NOT NULL,
    received_at  timestamptz      NOT NULL DEFAULT now(),
    lon          double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    lat          double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    accuracy_m   real             CHECK (accuracy_m >= 0),
    speed_mps    real             CHECK (speed_mps >= 0),
    bearing_deg  real             CHECK (bearing_deg >= 0 AND bearing_deg <= 360),
    altitude_m   real,
    provider     text             NOT NULL CHECK (provider IN ('gps', 'network', 'fused')),
    mock         boolean          NOT NULL DEFAULT false,
    source_crs   text             NOT NULL DEFAULT 'WGS84'
                                  CHECK (source_crs IN ('WGS84', 'CGCS2000', 'GCJ02', 'BD09')),
    PRIMARY KEY (device_id, seq, fix_time)
) PARTITION BY RANGE (fix_time);
COMMENT ON TABLE fix IS
    'GPS fixes from the phones, partitioned by day of fix_time (UTC days; partitions fix_yYYYYmMMdDD, made '
    'by ensure_fix_partitions; fix_default catches the rest). lon/lat are WGS84 after CRS conversion; '
    'source_crs says what the phone sent. (device_id, seq) is unique through fix_seq.';
COMMENT ON COLUMN fix.seq IS 'The device''s own sequence number of the fix; unique per device (enforced by fix_seq).';
COMMENT ON COLUMN fix.fix_time IS 'Time of the fix by the device''s clock; rules run on this time.';
COMMENT ON COLUMN fix.received_at IS 'When the server stored it (late batches: much later than fix_time).';
COMMENT ON COLUMN fix.mock IS 'The phone flagged the location as coming from a mock provider.';
COMMENT ON COLUMN fix.source_crs IS 'CRS of the coordinates as sent by the phone (GCJ02/BD09 are converted on ingest).';

CREATE INDEX fix_officer_time_idx ON fix (officer_id, fix_time);

CREATE TABLE fix_default PARTITION OF fix DEFAULT;
COMMENT ON TABLE fix_default IS
    'Fixes whose day has no partition yet; ensure_fix_partitions moves them into the new partition.';

CREATE TABLE fix_seq (
    device_id  bigint      NOT NULL REFERENCES device (id),
    seq        bigint      NOT NULL,
    fix_time   timestamptz NOT NULL,
    PRIMARY KEY (device_id, seq)
);
COMMENT ON TABLE fix_seq IS
    'Idempotency of fix ingest: one row per stored (device_id, seq), across all fix partitions. Insert here '
    'first (INSERT ... ON CONFLICT DO NOTHING RETURNING seq) and store in fix only the seqs that came back. '
    'fix_time locates the fix''s partition.';

CREATE TABLE device_ack (
    device_id   bigint      PRIMARY KEY REFERENCES device (id),
    acked_seq   bigint      NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE device_ack IS
    'Per device, the acknowledgement watermark: every fix with seq <= acked_seq is stored (or was rejected '
    'for good), so the phone may drop them. Updated in the transaction that stores the fixes.';

-- Daily partitions of fix, created idempotently. A day is a UTC day: [d 00:00Z, d+1 00:00Z).
-- Each new partition is built as a plain table, filled with the rows fix_default already caught for
-- its day, and attached. Locks: SHARE UPDATE EXCLUSIVE on fix (ingest into existing partitions goes on)
-- and ACCESS EXCLUSIVE on fix_default for the few milliseconds it takes; nothing when all exist.
CREATE FUNCTION ensure_fix_partitions(p_from date, p_days integer) RETURNS integer
LANGUAGE plpgsql AS $fn$
DECLARE
    parent_schema text;
    day           date;
    part_name     text;
    lo            timestamptz;
    hi            timestamptz;
    created       integer := 0;
    locked        boolean := false;
BEGIN
    IF p_from IS NULL OR p_days IS NULL OR p_days < 0 THEN
        RAISE EXCEPTION 'ensure_fix_partitions(%, %): need a start day and a non-negative number of days',
            p_from, p_days USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- partitions go next to their parent, whatever the caller's search_path puts first
    SELECT n.nspname INTO parent_schema
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.oid = 'fix'::regclass;

    FOR i IN 0 .. p_days - 1 LOOP
        day       := p_from + i;
        part_name := 'fix_' || to_char(day, '"y"YYYY"m"MM"d"DD');
        CONTINUE WHEN to_regclass(format('%I.%I', parent_schema, part_name)) IS NOT NULL;

        IF NOT locked THEN
            -- one creator at a time; parent before default partition, the order inserts take them in
            PERFORM pg_advisory_xact_lock(hashtext('gridpatrol.ensure_fix_partitions'));
            EXECUTE format('LOCK TABLE ONLY %I.fix IN SHARE UPDATE EXCLUSIVE MODE', parent_schema);
            EXECUTE format('LOCK TABLE %I.fix_default IN ACCESS EXCLUSIVE MODE', parent_schema);
            locked := true;
            CONTINUE WHEN to_regclass(format('%I.%I', parent_schema, part_name)) IS NOT NULL;
        END IF;

        lo := day::timestamp AT TIME ZONE 'UTC';
        hi := (day + 1)::timestamp AT TIME ZONE 'UTC';

        EXECUTE format('CREATE TABLE %I.%I (LIKE %I.fix INCLUDING DEFAULTS INCLUDING CONSTRAINTS)',
                       parent_schema, part_name, parent_schema);
        EXECUTE format('WITH moved AS (DELETE FROM %I.fix_default WHERE fix_time >= $1 AND fix_time < $2 '
                       'RETURNING *) INSERT INTO %I.%I SELECT * FROM moved',
                       parent_schema, parent_schema, part_name)
            USING lo, hi;
        EXECUTE format('ALTER TABLE %I.fix ATTACH PARTITION %I.%I FOR VALUES FROM (%L) TO (%L)',
                       parent_schema, parent_schema, part_name, lo, hi);
        EXECUTE format('COMMENT ON TABLE %I.%I IS %L', parent_schema, part_name,
                       format('Fixes of UTC day %s (partition of fix).', day));
        created := created + 1;
    END LOOP;
    RETURN created;
END
$fn$;
COMMENT ON FUNCTION ensure_fix_partitions(date, integer) IS
    'Creates the daily partitions fix_yYYYYmMMdDD of fix for p_days UTC days from p_from, skipping those '
    'that exist and moving matching rows out of fix_default. Returns how many it created. Run it daily, '
    'ahead of time, as the owner of fix, e.g. SELECT ensure_fix_partitions(current_date - 1, 9).';

-- Partitions around the day of installation; the server keeps creating them ahead.
SELECT ensure_fix_partitions((now() AT TIME ZONE 'UTC')::date - 1, 9);

---------------------------------------------------------------------------------------------
-- Heartbeats and live status
---------------------------------------------------------------------------------------------

CREATE TABLE heartbeat (
    id            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    device_id     bigint      NOT NULL REFERENCES device (id),
    officer_id    bigint      REFERENCES officer (id),
    sent_at       timestamptz NOT NULL,
    received_at   timestamptz NOT NULL DEFAULT now(),
    battery_pct   smallint    CHECK (battery_pct BETWEEN 0 AND 100),
    charging      boolean,
    gps_enabled   boolean,
    network       text        CHECK (network IN ('NONE', 'WIFI', 'CELLULAR', 'UNKNOWN')),
    app_state     text        CHECK (app_state IN ('FOREGROUND', 'BACKGROUND')),
    announcement  text        CHECK (announcement IN ('SHUTDOWN', 'APP_EXIT', 'LOCATION_OFF')),
    CONSTRAINT heartbeat_device_sent_uq UNIQUE (device_id, sent_at)
);
COMMENT ON TABLE heartbeat IS
    'Device status reports: battery, GPS switch, network, app state, and an announcement when the phone '
    'is about to shut down, the app exits or location is switched off (the reason a later lost-contact '
    'alarm gives). (device_id, sent_at) is unique so a resent heartbeat is stored once.';
COMMENT ON COLUMN heartbeat.sent_at IS 'Time by the device''s clock.';
CREATE INDEX heartbeat_officer_sent_idx ON heartbeat (officer_id, sent_at);

CREATE TABLE officer_status (
    officer_id             bigint      PRIMARY KEY REFERENCES officer (id) ON DELETE CASCADE,
    device_id              bigint      REFERENCES device (id),
    last_fix_time          timestamptz,
    last_fix_seq           bigint,
    last_fix_lon           double precision,
    last_fix_lat           double precision,
    last_fix_accuracy_m    real,
    last_heartbeat_at      timestamptz,
    last_battery_pct       smallint    CHECK (last_battery_pct BETWEEN 0 AND 100),
    last_announcement      text        CHECK (last_announcement IN ('SHUTDOWN', 'APP_EXIT', 'LOCATION_OFF')),
    last_contact_at        timestamptz,
    clocked_in             boolean     NOT NULL DEFAULT false,
    clocked_in_at          timestamptz,
    engine_state           jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(engine_state) = 'object'),
    engine_state_at        timestamptz,
    updated_at             timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT officer_status_fix_pos CHECK ((last_fix_lon IS NULL) = (last_fix_lat IS NULL)),
    CONSTRAINT officer_status_clock CHECK (NOT clocked_in OR clocked_in_at IS NOT NULL)
) WITH (fillfactor = 70);
COMMENT ON TABLE officer_status IS
    'Live status of each officer, one row, updated with every batch: last fix and heartbeat, clock-in '
    'state, and the alarm engine''s serialised state so a restart resumes where it stopped (neither '
    'repeating nor losing alarms). fillfactor 70 keeps the frequent updates HOT.';
COMMENT ON COLUMN officer_status.device_id IS 'The device the last fix or heartbeat came from.';
COMMENT ON COLUMN officer_status.last_contact_at IS
    'Server time of the last fix or heartbeat received (lost-contact timer compares with this).';
COMMENT ON COLUMN officer_status.engine_state IS 'Alarm engine state of this officer (rule state machines), as JSON.';
COMMENT ON COLUMN officer_status.engine_state_at IS 'Fix time up to which engine_state has consumed the fixes.';
CREATE INDEX officer_status_device_id_idx ON officer_status (device_id);
CREATE TRIGGER officer_status_updated_at BEFORE UPDATE ON officer_status
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

---------------------------------------------------------------------------------------------
-- Clock-in / clock-out
---------------------------------------------------------------------------------------------

CREATE TABLE clock_event (
    id               bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    officer_id       bigint      NOT NULL REFERENCES officer (id),
    device_id        bigint      REFERENCES device (id),
    kind             text        NOT NULL CHECK (kind IN ('IN', 'OUT')),
    at               timestamptz NOT NULL,
    received_at      timestamptz NOT NULL DEFAULT now(),
    lon              double precision CHECK (lon BETWEEN -180 AND 180),
    lat              double precision CHECK (lat BETWEEN -90 AND 90),
    accuracy_m       real        CHECK (accuracy_m >= 0),
    selfie_photo_id  bigint,     -- references photo (id): the foreign key is added in V7
    face_verdict     text        CHECK (face_verdict IN ('MATCH', 'MISMATCH', 'NO_FACE', 'NOT_CHECKED', 'ERROR')),
    face_score       real        CHECK (face_score BETWEEN 0 AND 1),
    CONSTRAINT clock_event_pos CHECK ((lon IS NULL) = (lat IS NULL)),
    CONSTRAINT clock_event_uq UNIQUE (officer_id, kind, at)
);
COMMENT ON TABLE clock_event IS
    'Clock-in and clock-out (上下班打卡) of an officer, with where, the selfie taken and the face check '
    'result. (officer_id, kind, at) is unique so a resent event is stored once.';
COMMENT ON COLUMN clock_event.at IS 'Time of the event by the device''s clock.';
COMMENT ON COLUMN clock_event.face_score IS 'Similarity of the selfie to the officer''s reference face, 0..1.';
CREATE INDEX clock_event_device_id_idx ON clock_event (device_id);
CREATE INDEX clock_event_officer_at_idx ON clock_event (officer_id, at);
