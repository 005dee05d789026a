package org.gridpatrol.model.strategy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The location strategy that applies to an org unit or an officer, and where it comes from.
 *
 * @param strategy   the values in force
 * @param source     {@code OFFICER} (his own override), {@code ORG_UNIT} (set on a unit of his
 *                   path, maybe inherited) or {@code DEFAULT} (nothing set: built-in PRECISE)
 * @param orgUnitId  with {@code ORG_UNIT}: the unit that set it
 * @param updatedAt  when it was last set; null for the default
 * @param compliance for an officer: whether his phone follows it, as last judged; else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StrategyInForce(LocationStrategy strategy, String source, Long orgUnitId, Instant updatedAt,
                              StrategyCompliance compliance) {
}
