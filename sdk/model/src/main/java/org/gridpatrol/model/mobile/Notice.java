package org.gridpatrol.model.mobile;

/**
 * A notice a supervisor sends to an officer's phone, or to every officer of an org unit.
 *
 * @param text what the phone shows, 1–500 characters
 */
public record Notice(String text) {
}
