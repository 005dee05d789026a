package org.gridpatrol.engine.alarm;

/** The rules the engine evaluates from fixes. Lost contact is raised by the services' timer. */
public enum AlarmType {
    /** 跨区: deep inside a grid that is not the officer's. */
    CROSS_ZONE,
    /** 脱岗: far outside all of the officer's grids. */
    OFF_POST,
    /** 静止: within a small circle for a long time. */
    STILL,
    /** 虚拟定位: the device's positions cannot be trusted. */
    FAKE_LOCATION
}
