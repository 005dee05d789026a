package org.gridpatrol.desktop.organization.tree;

import java.awt.Image;
import org.gridpatrol.model.officer.Device;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.Children;
import org.openide.util.NbBundle;
import org.openide.util.lookup.Lookups;

/** A phone bound to an officer: model and system, its installation id as the tooltip. */
public final class DeviceNode extends AbstractNode {

    DeviceNode(Device device) {
        super(Children.LEAF, Lookups.singleton(device));
        setName("device-" + device.id());
        setDisplayName(NbBundle.getMessage(DeviceNode.class, "LBL_Device", nonNull(device.model()), nonNull(device.os()),
                nonNull(device.appVersion())));
        setShortDescription(device.deviceUid() + (device.active() ? "" : " " + NbBundle.getMessage(DeviceNode.class,
                "LBL_Inactive")));
    }

    private static String nonNull(String s) {
        return s == null ? "?" : s;
    }

    @Override
    public Image getIcon(int type) {
        return StatusIcons.device();
    }
}
