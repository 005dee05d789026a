package org.gridpatrol.desktop.connection.signin;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.gridpatrol.desktop.connection.api.Connections;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;

/** File ▸ Sign in… */
@ActionID(category = "File", id = "org.gridpatrol.desktop.connection.signin.SignInAction")
@ActionRegistration(displayName = "#CTL_SignInAction")
@ActionReference(path = "Menu/File", position = 10)
public final class SignInAction implements ActionListener {
    @Override
    public void actionPerformed(ActionEvent e) {
        new SignIn(Connections.server()).ask();
    }
}
