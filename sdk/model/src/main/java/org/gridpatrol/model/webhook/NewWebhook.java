package org.gridpatrol.model.webhook;

import java.util.List;

/**
 * Body of {@code POST /api/v1/webhooks}.
 *
 * @param name      what the receiver is
 * @param url       an http or https URL
 * @param events    event types to send
 * @param orgUnitId root of the subtree whose events it gets
 */
public record NewWebhook(String name, String url, List<String> events, Long orgUnitId) {
}
