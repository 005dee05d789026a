package org.gridpatrol.server.officer;

/**
 * Fired (CDI event, in the transaction of the move) when an officer is moved to another squad, so
 * what depends on his squad can follow.
 *
 * @param officerId who moved
 * @param fromSquad the squad he left
 * @param toSquad   the squad he joined
 * @param userId    the account that moved him, or null
 */
public record OfficerTransferred(long officerId, long fromSquad, long toSquad, Long userId) {
}
