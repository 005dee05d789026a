package org.gridpatrol.server.account;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The permission strings of the API ({@code domain:action}, Shiro wildcard syntax) and what each
 * role holds. Resources name the permission they need; this table is the only place that says
 * who has it.
 */
public final class Permissions {
    public static final String ORG_READ = "org:read";
    public static final String ORG_WRITE = "org:write";
    public static final String OFFICER_READ = "officer:read";
    public static final String OFFICER_WRITE = "officer:write";
    public static final String DEVICE_READ = "device:read";
    public static final String DEVICE_WRITE = "device:write";
    public static final String GRID_READ = "grid:read";
    public static final String GRID_WRITE = "grid:write";
    public static final String ASSIGNMENT_READ = "assignment:read";
    public static final String ASSIGNMENT_WRITE = "assignment:write";
    public static final String SHIFT_READ = "shift:read";
    public static final String SHIFT_WRITE = "shift:write";
    public static final String HOLIDAY_READ = "holiday:read";
    public static final String HOLIDAY_WRITE = "holiday:write";
    public static final String DUTY_READ = "duty:read";
    public static final String ALARM_READ = "alarm:read";
    public static final String ALARM_HANDLE = "alarm:handle";
    public static final String ALARM_RULE_READ = "alarm-rule:read";
    public static final String ALARM_RULE_WRITE = "alarm-rule:write";
    public static final String GEOMETRY_MEASURE = "geometry:measure";
    public static final String MOBILE_UPLOAD = "mobile:upload";
    public static final String ACCOUNT_READ = "account:read";
    public static final String ACCOUNT_WRITE = "account:write";
    public static final String APIKEY_READ = "apikey:read";
    public static final String APIKEY_WRITE = "apikey:write";
    public static final String AUDIT_READ = "audit:read";
    public static final String INCIDENT_READ = "incident:read";
    public static final String PHOTO_READ = "photo:read";
    public static final String TRACK_READ = "track:read";
    public static final String STRATEGY_READ = "strategy:read";
    public static final String STRATEGY_WRITE = "strategy:write";
    public static final String NOTICE_SEND = "notice:send";
    public static final String GEOSERVER_PUBLISH = "geoserver:publish";
    public static final String PLAN_READ = "plan:read";
    public static final String PLAN_WRITE = "plan:write";
    /** Coverage, duty reports, their exports and report jobs. */
    public static final String REPORT_READ = "report:read";
    public static final String WEBHOOK_READ = "webhook:read";
    public static final String WEBHOOK_WRITE = "webhook:write";
    /** Tasks given to officers' phones (派发任务): reading them, and giving them. */
    public static final String TASK_READ = "task:read";
    public static final String TASK_WRITE = "task:write";

    /** What an API key may be given: reading business data, nothing else. */
    public static final Set<String> INTEGRATION_SCOPES = Set.of(ORG_READ, OFFICER_READ, GRID_READ, ASSIGNMENT_READ,
            SHIFT_READ, HOLIDAY_READ, DUTY_READ, ALARM_READ, INCIDENT_READ, TRACK_READ);

    private static final Map<Role, Set<String>> BY_ROLE = new EnumMap<>(Map.of(
            Role.SYSTEM_ADMIN, Set.of(ORG_READ, ORG_WRITE, HOLIDAY_READ, HOLIDAY_WRITE, GEOSERVER_PUBLISH),
            // webhooks send business data out of the system, like API keys: the security administrator's call
            Role.SECURITY_ADMIN, Set.of(ACCOUNT_READ, ACCOUNT_WRITE, APIKEY_READ, APIKEY_WRITE, ORG_READ, WEBHOOK_READ,
                    WEBHOOK_WRITE),
            Role.AUDITOR, Set.of(AUDIT_READ),
            Role.SUPERVISOR, Set.of(ORG_READ, ORG_WRITE, OFFICER_READ, OFFICER_WRITE, DEVICE_READ, DEVICE_WRITE,
                    GRID_READ, GRID_WRITE, ASSIGNMENT_READ, ASSIGNMENT_WRITE, SHIFT_READ, SHIFT_WRITE, HOLIDAY_READ,
                    HOLIDAY_WRITE, DUTY_READ, ALARM_READ, ALARM_HANDLE, GEOMETRY_MEASURE, INCIDENT_READ, PHOTO_READ,
                    TRACK_READ, STRATEGY_READ, STRATEGY_WRITE, NOTICE_SEND, PLAN_READ, PLAN_WRITE, ALARM_RULE_READ,
                    ALARM_RULE_WRITE, REPORT_READ, TASK_READ, TASK_WRITE),
            Role.OFFICER, Set.of(MOBILE_UPLOAD),
            Role.INTEGRATION, INTEGRATION_SCOPES));

    private Permissions() {
    }

    /** @return the permissions a role grants */
    public static Set<String> of(Role role) {
        return BY_ROLE.get(role);
    }

    /**
     * @param identity who is asking
     * @return the permissions his request carries: a desktop session those of his roles but OFFICER
     *         (the mobile API needs a device), a device only OFFICER's, an API key its scopes that
     *         integrations may have
     */
    public static Set<String> of(Identity identity) {
        Set<String> granted = new TreeSet<>();
        switch (identity.kind()) {
            case SESSION -> identity.roles().stream().filter(r -> r != Role.OFFICER && r != Role.INTEGRATION)
                    .forEach(r -> granted.addAll(of(r)));
            case DEVICE -> granted.addAll(of(Role.OFFICER));
            case API_KEY -> identity.scopes().stream().filter(INTEGRATION_SCOPES::contains).forEach(granted::add);
        }
        return granted;
    }
}
