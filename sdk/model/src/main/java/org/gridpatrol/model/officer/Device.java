package org.gridpatrol.model.officer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A phone running the patrol app.
 *
 * @param id           its id
 * @param deviceUid    the app's stable installation id, unique
 * @param officerId    the officer it is bound to, or null
 * @param model        phone model
 * @param os           operating system and version
 * @param appVersion   version of the patrol app
 * @param registeredAt when it was first registered
 * @param active       false once deactivated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Device(long id, String deviceUid, Long officerId, String model, String os, String appVersion,
                     Instant registeredAt, boolean active) {
}
