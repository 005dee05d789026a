package org.gridpatrol.web.integration;

/** Example answers of the integration API, for the OpenAPI document. */
final class Examples {
    static final String ALARMS = """
            {"items":[{"id":4211,"type":"OFF_POST","officerId":57,"gridId":803,"orgUnitId":12,"state":"HANDLED",
            "startedAt":"2026-11-26T01:12:40+00:00","endedAt":"2026-11-26T01:31:02+00:00","durationS":1102,
            "raisedAt":"2026-11-26T01:22:41+00:00","raisedLate":false,"reason":null,"disposition":"EXCUSED",
            "updatedAt":"2026-11-26T02:05:10+00:00","handling":[{"action":"ACK","byUserId":9,"by":"王督查",
            "at":"2026-11-26T01:25:00+00:00","disposition":null,"note":null},{"action":"HANDLE","byUserId":9,
            "by":"王督查","at":"2026-11-26T02:05:10+00:00","disposition":"EXCUSED","note":"外出取证"}]}],
            "next":"YzE6ODgxMjo0MjEx","more":false}""";
    static final String INCIDENTS = """
            {"items":[{"id":77,"officerId":57,"category":"0401","description":"路口无照游商","address":"胜利路",
            "lon":117.3612,"lat":32.9321,"reportedAt":"2026-11-26T03:00:00+00:00","receivedAt":"2026-11-26T03:00:02+00:00",
            "state":"REPORTED","gridId":803,"orgUnitId":12,"updatedAt":"2026-11-26T03:00:02+00:00"}],
            "next":"YzE6OTAwMTo3Nw","more":false}""";
    static final String OFFICERS = """
            {"items":[{"id":57,"badgeNo":"BS0057","name":"李队员","phone":"13800000057","squadId":12,"active":true,
            "updatedAt":"2026-11-20T08:00:00+00:00"}],"next":"YzE6MTo1Nw","more":true}""";
    static final String ORG_UNITS = """
            {"items":[{"id":12,"parentId":3,"kind":"SQUAD","name":"一中队","code":"340303-0101","path":"/1/3/12/",
            "active":true,"updatedAt":"2026-11-01T00:00:00+00:00"}],"next":"YzE6MToxMg","more":false}""";
    static final String GRIDS = """
            {"type":"FeatureCollection","features":[{"type":"Feature","id":803,"geometry":{"type":"MultiPolygon",
            "coordinates":[[[[117.36,32.93],[117.364,32.93],[117.364,32.934],[117.36,32.934],[117.36,32.93]]]]},
            "properties":{"kind":"UNIT_GRID","name":"胜利社区01","code":"340303001001001","orgUnitId":12,
            "areaM2":163245.2,"version":3,"retiredAt":null,"updatedAt":"2026-11-10T02:00:00+00:00"}}],
            "next":"YzE6NzcxOjgwMw","more":false}""";
    static final String ATTENDANCE = """
            {"items":[{"day":"2026-11-25","officerId":57,"badgeNo":"BS0057","name":"李队员","squadId":12,
            "clockIn":"2026-11-25T00:02:11+00:00","clockOut":"2026-11-25T09:01:40+00:00","late":false,
            "earlyLeave":false,"absent":false,"clockInOutside":false}],"next":"YzE6MjA0MTc6NTc","more":true}""";
    static final String DUTY = """
            {"items":[{"day":"2026-11-25","officerId":57,"badgeNo":"BS0057","name":"李队员","squadId":12,
            "clockIn":"2026-11-25T00:02:11+00:00","clockOut":"2026-11-25T09:01:40+00:00","onDutySeconds":32369,
            "fixes":3120,"alarms":2,"alarmsByType":{"STILL":1,"OFF_POST":1}}],"next":"YzE6MjA0MTc6NTc","more":true}""";
    static final String TRACK_GEOJSON = """
            {"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point",
            "coordinates":[117.3612345,32.9321234]},"properties":{"officerId":57,"deviceId":61,"seq":10233,
            "time":"2026-11-25T01:00:05Z","accuracyM":8.0,"speedMps":1.2,"provider":"gps","mock":false}}],
            "next":"dDE6MTc2NDAzMjQwNTAwMDAwMDo2MToxMDIzMw","more":true}""";
    static final String TRACK_CSV = """
            officer_id,device_id,seq,time,lon,lat,accuracy_m,speed_mps,provider,mock
            57,61,10233,2026-11-25T01:00:05Z,117.3612345,32.9321234,8.0,1.2,gps,false
            """;

    private Examples() {
    }
}
