package org.gridpatrol.model.incident;

/**
 * A category an incident can be filed under.
 *
 * @param code       stable code
 * @param nameZh     Chinese name
 * @param nameEn     English name
 * @param parentCode the broader category, or null for a top-level one
 */
public record IncidentCategory(String code, String nameZh, String nameEn, String parentCode) {
}
