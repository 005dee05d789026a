package org.gridpatrol.simulator.phone;

import java.util.List;
import org.gridpatrol.client.GridPatrolClient;
import org.gridpatrol.model.mobile.ClockEvent;
import org.gridpatrol.model.mobile.ClockReceipt;
import org.gridpatrol.model.mobile.FixIn;
import org.gridpatrol.model.mobile.FixReceipt;
import org.gridpatrol.model.mobile.PhonePasswordChange;
import org.gridpatrol.model.mobile.Session;

/** The mobile calls a phone makes; the client in a run, a stand-in in tests. */
public interface MobileApi {

    Session signIn(String badgeNo, String password, String deviceId);

    Session refresh(String refreshToken);

    FixReceipt upload(String accessToken, List<FixIn> fixes);

    ClockReceipt clock(String accessToken, ClockEvent event);

    void changePassword(PhonePasswordChange change);

    /** The real thing. */
    static MobileApi of(GridPatrolClient client) {
        return new MobileApi() {
            @Override
            public Session signIn(String badgeNo, String password, String deviceId) {
                return client.signIn(badgeNo, password, deviceId);
            }

            @Override
            public Session refresh(String refreshToken) {
                return client.refresh(refreshToken);
            }

            @Override
            public FixReceipt upload(String accessToken, List<FixIn> fixes) {
                return client.uploadPositions(accessToken, fixes);
            }

            @Override
            public ClockReceipt clock(String accessToken, ClockEvent event) {
                return client.clock(accessToken, event);
            }

            @Override
            public void changePassword(PhonePasswordChange change) {
                client.changePassword(change);
            }
        };
    }
}
