package org.gridpatrol.desktop.reports.window;

import java.awt.Component;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Consumer;
import javax.swing.JFileChooser;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.gridpatrol.desktop.reports.api.DutyReports;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;

/**
 * Saves a finished job's report as the server makes it (XLSX or PDF): the user picks the file
 * first, the download runs in the background.
 */
final class ReportExport {
    private static final RequestProcessor DOWNLOADS = new RequestProcessor("GridPatrol report export");

    private final DutyReports reports;
    private final Consumer<String> status;

    /**
     * @param reports the server's reports
     * @param status  told (on the event thread) what happened, in a sentence
     */
    ReportExport(DutyReports reports, Consumer<String> status) {
        this.reports = reports;
        this.status = status;
    }

    /**
     * @param parent   the window asking
     * @param jobId    the finished job
     * @param format   XLSX or PDF
     * @param baseName the file name offered, without extension
     */
    void save(Component parent, long jobId, DutyReports.Format format, String baseName) {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter(format.name(), format.extension()));
        chooser.setSelectedFile(new File(baseName + "." + format.extension()));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        File chosen = chooser.getSelectedFile();
        File target = chosen.getName().toLowerCase().endsWith("." + format.extension()) ? chosen
                : new File(chosen.getParentFile(), chosen.getName() + "." + format.extension());
        status.accept(text("MSG_Downloading", target.getName()));
        DOWNLOADS.post(() -> {
            String said;
            try {
                byte[] file = reports.download(jobId, format);
                Files.write(target.toPath(), file);
                said = text("MSG_Saved", target, file.length / 1024 + 1);
            } catch (ServerException e) {
                said = text("MSG_ExportRefused", e.getMessage());
            } catch (IOException e) {
                said = text("MSG_ExportRefused", e.getMessage());
            }
            String told = said;
            SwingUtilities.invokeLater(() -> status.accept(told));
        });
    }

    private static String text(String key, Object... values) {
        return NbBundle.getMessage(ReportExport.class, key, values);
    }
}
