package org.gridpatrol.server.report;

/**
 * An exported report: its bytes, media type and a file name to save it under.
 *
 * @param bytes     the content
 * @param mediaType e.g. application/pdf
 * @param fileName  e.g. duty-12-DAY-2026-11-02.pdf
 */
public record ReportFile(byte[] bytes, String mediaType, String fileName) {
}
