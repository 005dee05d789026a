package org.gridpatrol.model.mobile;

import java.util.List;

/**
 * A batch of 1 to 1,000 fixes from one device, in any order.
 *
 * @param fixes the fixes
 */
public record FixBatch(List<FixIn> fixes) {
}
