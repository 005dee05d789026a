package org.gridpatrol.desktop.alarms;

import java.awt.Toolkit;
import java.awt.event.ActionListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.gridpatrol.desktop.options.api.DesktopOptions;
import org.gridpatrol.model.alarm.AlarmView;
import org.openide.awt.NotificationDisplayer;
import org.openide.util.ImageUtilities;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;

/** A new alarm announced: a notification balloon always, two short tones when sound is on in the options. */
final class NewAlarmSignal {
    private static final Logger LOG = Logger.getLogger(NewAlarmSignal.class.getName());
    private static final RequestProcessor SOUND = new RequestProcessor("GridPatrol alarm sound");
    private static final float RATE = 8000f;

    private NewAlarmSignal() {
    }

    /** @param alarm the alarm just opened; @param who his badge and name; @param open what a click on the notification does */
    static void announce(AlarmView alarm, String who, ActionListener open) {
        String type = AlarmTableModel.label("TYPE_", alarm.type());
        NotificationDisplayer.getDefault().notify(NbBundle.getMessage(NewAlarmSignal.class, "NOTE_NewAlarm", type),
                ImageUtilities.loadImageIcon("org/gridpatrol/desktop/alarms/alarm16.png", false), who, open);
        if (DesktopOptions.get().soundOn()) {
            SOUND.post(NewAlarmSignal::tones);
        }
    }

    /** 880 Hz then 660 Hz, 150 ms each; the system beep when there is no sound device. */
    private static void tones() {
        byte[] samples = new byte[(int) (RATE * 0.3)];
        for (int i = 0; i < samples.length; i++) {
            double hz = i < samples.length / 2 ? 880 : 660;
            samples[i] = (byte) (Math.sin(2 * Math.PI * hz * i / RATE) * 90);
        }
        AudioFormat format = new AudioFormat(RATE, 8, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(samples, 0, samples.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException e) {
            LOG.log(Level.FINE, "no sound device, system beep instead", e);
            Toolkit.getDefaultToolkit().beep();
        }
    }
}
