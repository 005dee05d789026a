package org.gridpatrol.desktop.connection.api;

import org.openide.util.Lookup;

/** Where modules find the connection services: the default Lookup, looked up once per caller. */
public final class Connections {
    private Connections() {
    }

    /** @return the server connection registered in the Lookup */
    public static ServerConnection server() {
        return Lookup.getDefault().lookup(ServerConnection.class);
    }

    /** @return the event stream registered in the Lookup */
    public static ServerEvents events() {
        return Lookup.getDefault().lookup(ServerEvents.class);
    }
}
