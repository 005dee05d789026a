/**
 * Coverage of a grid by patrol tracks: the part of the grid's area within a buffer of the
 * tracks, and the part of its streets inside that buffer. Computed with JTS in a local metric
 * plane around the grid, so areas and lengths are square metres and metres.
 */
package org.gridpatrol.engine.coverage;
