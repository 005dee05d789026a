package org.gridpatrol.desktop.reports.table;

/**
 * A length of time shown as hours and minutes ({@code 7:05}) that sorts by its seconds.
 *
 * @param seconds the length
 */
public record Hours(long seconds) implements Comparable<Hours> {

    @Override
    public int compareTo(Hours other) {
        return Long.compare(seconds, other.seconds);
    }

    @Override
    public String toString() {
        long minutes = Math.round(seconds / 60.0);
        return String.format("%d:%02d", minutes / 60, minutes % 60);
    }
}
