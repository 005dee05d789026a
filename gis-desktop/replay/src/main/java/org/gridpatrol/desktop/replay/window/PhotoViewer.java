package org.gridpatrol.desktop.replay.window;

import java.awt.BorderLayout;
import java.awt.Image;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.imageio.ImageIO;
import javax.swing.ImageIcon;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.gridpatrol.model.track.TrackPhoto;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;

/** A small window showing one photo of the replay, its watermarked copy read from the server. */
final class PhotoViewer {
    private static final RequestProcessor LOADER = new RequestProcessor("GridPatrol photo");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int MAX_W = 800;
    private static final int MAX_H = 600;

    private PhotoViewer() {
    }

    /** Opens the window at once, saying it loads, and shows the photo when it came. */
    static void open(Window owner, ServerConnection connection, TrackPhoto photo) {
        JDialog dialog = new JDialog(owner, NbBundle.getMessage(PhotoViewer.class, "TTL_Photo", photo.kind(),
                MOMENT.format(photo.takenAt().atZone(ZoneId.systemDefault()))));
        JLabel picture = new JLabel(NbBundle.getMessage(PhotoViewer.class, "MSG_PhotoLoading"), SwingConstants.CENTER);
        dialog.getContentPane().add(picture, BorderLayout.CENTER);
        dialog.setSize(420, 320);
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
        String path = photo.marked() != null ? photo.marked() : "/photos/" + photo.id() + "/marked";
        LOADER.post(() -> {
            try {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(connection.download(path, "image/jpeg")));
                SwingUtilities.invokeLater(() -> {
                    if (image == null) {
                        picture.setText(NbBundle.getMessage(PhotoViewer.class, "MSG_PhotoUnreadable"));
                        return;
                    }
                    picture.setText(null);
                    picture.setIcon(new ImageIcon(fitted(image)));
                    dialog.pack();
                    dialog.setLocationRelativeTo(owner);
                });
            } catch (ServerException | IOException e) {
                SwingUtilities.invokeLater(() -> picture.setText(NbBundle.getMessage(PhotoViewer.class,
                        "MSG_PhotoFailed", e.getMessage())));
            }
        });
    }

    /** @return the image shrunk to fit {@value #MAX_W}×{@value #MAX_H}, never enlarged */
    static Image fitted(BufferedImage image) {
        double scale = Math.min(1, Math.min(MAX_W / (double) image.getWidth(), MAX_H / (double) image.getHeight()));
        if (scale >= 1) {
            return image;
        }
        return image.getScaledInstance((int) Math.round(image.getWidth() * scale),
                (int) Math.round(image.getHeight() * scale), Image.SCALE_SMOOTH);
    }
}
