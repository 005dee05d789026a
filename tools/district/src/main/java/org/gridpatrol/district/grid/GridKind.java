package org.gridpatrol.district.grid;

/** The kinds of grid the demo has (the schema also knows RESPONSIBILITY_ZONE). */
public enum GridKind { UNIT_GRID, KEY_AREA }
