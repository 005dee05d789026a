package org.gridpatrol.server.report.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gridpatrol.server.problem.ProblemException;

/**
 * The CJK font that PDF exports embed: the file named by {@code -Dgridpatrol.report.font}, or the
 * first of the Debian packages' usual paths that exists (fonts-wqy-zenhei, fonts-wqy-microhei,
 * fonts-noto-cjk). TrueType outlines are preferred: they embed as a subset with text that can be
 * searched and copied.
 */
public final class CjkFont {
    /** The system property naming a font file (.ttf or .ttc). */
    public static final String PROPERTY = "gridpatrol.report.font";
    static final List<String> USUAL = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc");

    private CjkFont() {
    }

    /**
     * @return the font file
     * @throws ProblemException 503 {@code report.no-cjk-font} when none exists, saying what to install
     */
    public static Path find() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured.strip());
            if (Files.isReadable(path)) {
                return path;
            }
            throw ProblemException.unavailable("report.no-cjk-font", "the font file " + configured + " named by -D" + PROPERTY
                    + " cannot be read; PDF reports need a CJK font");
        }
        for (String usual : USUAL) {
            Path path = Path.of(usual);
            if (Files.isReadable(path)) {
                return path;
            }
        }
        throw ProblemException.unavailable("report.no-cjk-font", "no CJK font for PDF reports: install the Debian package"
                + " fonts-wqy-zenhei (apt-get install fonts-wqy-zenhei) or name a .ttf/.ttc with -D" + PROPERTY
                + "; XLSX and JSON exports work without it");
    }
}
