package org.gridpatrol.web.security;

import java.time.Instant;
import org.apache.shiro.authc.LockedAccountException;

/** A login to an account that is locked after too many wrong passwords, and until when. */
public class AccountLockedException extends LockedAccountException {
    private static final long serialVersionUID = 1L;

    private final Instant until;

    public AccountLockedException(Instant until) {
        super("account locked until " + until);
        this.until = until;
    }

    /** @return when the lock ends */
    public Instant until() {
        return until;
    }
}
