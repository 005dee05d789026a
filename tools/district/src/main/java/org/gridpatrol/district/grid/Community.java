package org.gridpatrol.district.grid;

/** A community (社区): 3-digit code within its subdistrict, name, and which subdistrict (index). */
public record Community(int subdistrict, String code, String name) {
}
