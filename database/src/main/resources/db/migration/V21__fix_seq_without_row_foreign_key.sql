-- V21: fix_seq loses its foreign key to device. Its check ran once per stored fix (a lookup and a
-- key-share lock of the device row for each of a batch's 100 fixes) and was measured at about 40 %
-- of the database time of storing a batch (tools/bench/RESULTS.md, "Ingest: where the time goes").
-- The device stays checked once per batch: the ingest writes device_ack (REFERENCES device) in the
-- same transaction as every fix_seq row of the device, so a fix_seq row never names a device that
-- does not exist, and a device with fixes cannot be deleted while its device_ack row is there.
ALTER TABLE fix_seq DROP CONSTRAINT fix_seq_device_id_fkey;

COMMENT ON COLUMN fix_seq.device_id IS
    'The device; checked through device_ack (written in the same transaction), not row by row.';
