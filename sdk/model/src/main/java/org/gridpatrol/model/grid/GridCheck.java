package org.gridpatrol.model.grid;

import java.util.List;

/**
 * The outcome of the grid checks before a save.
 *
 * @param errors   findings that prevent saving
 * @param warnings findings a supervisor may accept
 */
public record GridCheck(List<GridFinding> errors, List<GridFinding> warnings) {

    /** @return a check from mixed findings, split by severity */
    public static GridCheck of(List<GridFinding> findings) {
        return new GridCheck(findings.stream().filter(GridFinding::blocking).toList(),
                findings.stream().filter(f -> !f.blocking()).toList());
    }

    /** @return true when nothing prevents saving */
    public boolean passes() {
        return errors.isEmpty();
    }
}
