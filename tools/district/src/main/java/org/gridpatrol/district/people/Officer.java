package org.gridpatrol.district.people;

/** A patrol officer (队员) as stored in {@code officer}. */
public record Officer(long id, String badgeNo, String name, String phone, long squadId) {
}
