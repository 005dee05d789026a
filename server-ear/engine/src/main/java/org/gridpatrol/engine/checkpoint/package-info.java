/**
 * Patrol plans at work: rounds and windows, whether a visit counts (forced order), which stops
 * were missed, and visits read from the track by dwell time. Plain Java, fed by the services.
 */
package org.gridpatrol.engine.checkpoint;
