package org.gridpatrol.district.people;

/** An officer's phone as stored in {@code device}. */
public record Device(long id, String uid, long officerId, String model, String os, String appVersion) {
}
