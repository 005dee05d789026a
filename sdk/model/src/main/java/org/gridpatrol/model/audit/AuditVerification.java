package org.gridpatrol.model.audit;

import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/v1/audit/verify} found when it recomputed the hash chain.
 *
 * @param intact        true when every row's hash and its link to the row before are right
 * @param firstBrokenId the first row whose hash or link to the row before is wrong (altered, or a row
 *                      before it deleted), or null
 * @param missingIds    ids absent between the first and the last row (deleted rows, or audit inserts that
 *                      were rolled back: each needs an explanation), at most 100
 * @param rows          rows checked
 * @param lastId        the newest row: keep it with {@code lastHash} outside the database to detect a cut tail
 * @param lastHash      the newest row's hash
 * @param checkedAt     when the check ran
 */
public record AuditVerification(boolean intact, Long firstBrokenId, List<Long> missingIds, long rows, Long lastId,
                                String lastHash, Instant checkedAt) {
}
