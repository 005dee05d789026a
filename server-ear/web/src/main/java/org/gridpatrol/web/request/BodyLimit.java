package org.gridpatrol.web.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body a resource method reads, where it needs more than the default of
 * 1 MiB ({@link BodyLimitFilter}). Undertow's {@code max-post-size} (64 MiB) caps them all.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {
    /** Grids and measurements: 100,000 vertices as GeoJSON fit easily. */
    long GEOMETRY = 16L << 20;
    /** A whole district's grids in one import (as much as Undertow takes). */
    long IMPORT = 64L << 20;
    /** A phone's backlog of fixes after a day offline. */
    long POSITIONS = 8L << 20;
    /** A photo (the store takes up to 15 MiB) with its metadata part. */
    long PHOTO = 16L << 20;

    /** @return the most bytes */
    long value();
}
