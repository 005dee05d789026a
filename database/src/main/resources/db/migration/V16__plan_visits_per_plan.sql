-- V16: a visit is judged for each plan that names its checkpoint (an officer may carry out his own plan and
-- his squad's), so the same check-in is stored once per plan: the visit key gains plan_id. A visit that no
-- plan names keeps plan_id NULL and stays unique as before.
--
-- pgRouting is not created here: it is optional (routes fall back to straight lines without it) and only a
-- superuser can create it, which the application role is not. database/pg-private.sh (and, when it comes, the installer)
-- create it where the package is installed.
ALTER TABLE checkpoint_visit DROP CONSTRAINT checkpoint_visit_uq;
ALTER TABLE checkpoint_visit ADD CONSTRAINT checkpoint_visit_uq
    UNIQUE NULLS NOT DISTINCT (officer_id, checkpoint_id, source, at, plan_id);
CREATE INDEX checkpoint_visit_plan_officer_at_idx ON checkpoint_visit (plan_id, officer_id, at) WHERE counted;
COMMENT ON CONSTRAINT checkpoint_visit_uq ON checkpoint_visit IS
    'One row per (officer, checkpoint, source, time, plan): a resent check-in is stored once, and judged once per plan.';
