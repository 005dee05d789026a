package org.gridpatrol.model.mobile;

import java.util.List;

/**
 * Answer of {@code GET /api/v1/mobile/messages?after=&wait=}.
 *
 * @param messages the officer's messages after the cursor asked for, oldest first (may be empty
 *                 when the wait ran out)
 * @param cursor   the id of the last message given, or the cursor asked for when none: send it
 *                 as {@code after} next time
 */
public record MessagePage(List<MobileMessage> messages, long cursor) {
}
