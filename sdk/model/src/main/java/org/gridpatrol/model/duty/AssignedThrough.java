package org.gridpatrol.model.duty;

/** How an officer came to be responsible for a grid. */
public enum AssignedThrough {
    /** An assignment naming the officer. */
    OFFICER,
    /** An assignment of the squad he belonged to at the time. */
    SQUAD
}
