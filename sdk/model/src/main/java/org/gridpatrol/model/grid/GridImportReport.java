package org.gridpatrol.model.grid;

import java.util.List;

/**
 * What a district import did, or would do on a dry run.
 *
 * @param dryRun    true when nothing was stored
 * @param applied   true when the changes were stored
 * @param created   features that make new grids
 * @param updated   features that change existing grids
 * @param unchanged features equal to what is stored
 * @param items     one line per feature: index, action and the grid id when known
 * @param errors    findings that prevent the import (then nothing is stored)
 * @param warnings  findings to accept with {@code acceptWarnings=true}
 */
public record GridImportReport(boolean dryRun, boolean applied, int created, int updated, int unchanged,
                               List<Item> items, List<GridFinding> errors, List<GridFinding> warnings) {

    /**
     * One feature of the import.
     *
     * @param feature its index in the FeatureCollection
     * @param action  {@code CREATE}, {@code UPDATE} or {@code UNCHANGED}
     * @param gridId  the grid it made or changed (null for a dry-run creation)
     * @param name    the grid's name
     * @param code    the grid's code
     */
    public record Item(int feature, String action, Long gridId, String name, String code) {
    }
}
