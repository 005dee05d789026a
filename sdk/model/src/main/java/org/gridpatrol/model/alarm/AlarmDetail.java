package org.gridpatrol.model.alarm;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One alarm with everything a supervisor needs to handle it.
 *
 * @param alarm       the alarm as the list shows it
 * @param version     its version: send it back when acknowledging or handling (409 when stale)
 * @param escalatedAt when it was escalated to the squad's parent unit, or null
 * @param evidence    the facts stored with it (e.g. {@code openedBy}/{@code closedBy} fix seqs, shift times)
 * @param openedBy    the fixes that opened it, oldest first
 * @param closedBy    the fixes that closed it, oldest first
 * @param handling    its handling record, oldest step first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlarmDetail(AlarmView alarm, int version, Instant escalatedAt, Map<String, Object> evidence,
                          List<EvidenceFix> openedBy, List<EvidenceFix> closedBy, List<AlarmStep> handling) {
}
