package org.gridpatrol.desktop.grid.editing.check;

import org.gridpatrol.model.grid.GridCheck;

/** The server would not save the grid: its code, sentence and the check's findings. */
public final class GridRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final transient GridCheck check;

    GridRefused(String code, String message, GridCheck check) {
        super(message);
        this.code = code;
        this.check = check;
    }

    /** @return the problem code, e.g. {@code grid.rules-broken}, {@code grid.warnings-not-accepted} */
    public String code() {
        return code;
    }

    /** @return the findings, or an empty check when the refusal carried none */
    public GridCheck check() {
        return check;
    }

    /** @return true when only warnings stand in the way (saving with acceptWarnings would work) */
    public boolean onlyWarnings() {
        return "grid.warnings-not-accepted".equals(code);
    }
}
