package org.gridpatrol.model.grid;

/**
 * A request to retire a grid; its history stays.
 *
 * @param version the version the supervisor saw
 * @param reason  why the grid is retired
 */
public record GridRetirement(Integer version, String reason) {
}
