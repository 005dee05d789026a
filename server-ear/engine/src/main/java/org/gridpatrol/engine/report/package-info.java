/**
 * Figures of a duty report computed from a track: time on duty from clock-in and clock-out,
 * time inside and outside the officer's own grids. Plain Java + JTS, no database.
 */
package org.gridpatrol.engine.report;
