package org.gridpatrol.desktop.reports.table;

/**
 * A change against the previous period as a share ({@code +12%}, {@code −40%}); unknown
 * (shown as a dash, sorted first) when the previous period had nothing to compare with.
 *
 * @param ratio (now − before) / before, or null
 */
public record Change(Double ratio) implements Comparable<Change> {

    /**
     * @param now    this period's figure
     * @param before the previous period's
     * @return the change, unknown when {@code before} is zero
     */
    public static Change of(double now, double before) {
        return new Change(before == 0 ? null : (now - before) / before);
    }

    @Override
    public int compareTo(Change other) {
        if (ratio == null || other.ratio == null) {
            return ratio == null ? (other.ratio == null ? 0 : -1) : 1;
        }
        return Double.compare(ratio, other.ratio);
    }

    @Override
    public String toString() {
        if (ratio == null) {
            return "\u2014";
        }
        long percent = Math.round(ratio * 100);
        return (percent > 0 ? "+" : percent < 0 ? "\u2212" : "") + Math.abs(percent) + "%";
    }
}
