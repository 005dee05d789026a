package org.gridpatrol.server.report;

/** Where a long report stands, and whether whoever waits for it still wants it. */
public interface ReportProgress {
    /** Progress nobody watches. */
    ReportProgress NONE = new ReportProgress() {
        @Override
        public void advance(int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** @param done rows finished so far, of {@code total} */
    void advance(int done, int total);

    /** @return true when the report should stop */
    boolean cancelled();
}
