package org.gridpatrol.model.officer;

/**
 * Body of {@code POST /api/v1/officers}.
 *
 * @param badgeNo badge number, unique
 * @param name    his name
 * @param phone   his phone number, or null
 * @param squadId the squad (an active org unit of kind SQUAD) he joins
 */
public record NewOfficer(String badgeNo, String name, String phone, Long squadId) {
}
