package org.gridpatrol.model.officer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A period an officer belonged to a squad: [validFrom, validTo).
 *
 * @param squadId   the squad
 * @param squadCode its code
 * @param squadName its name
 * @param validFrom when he joined it
 * @param validTo   when he left it; null while he is still there
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SquadPeriod(long squadId, String squadCode, String squadName, Instant validFrom, Instant validTo) {
}
