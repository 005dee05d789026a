package org.gridpatrol.server.org;

import org.gridpatrol.model.org.OrgUnitKind;

/**
 * Which kind of unit may sit under which: bureau ▸ brigade ▸ squad, a squad directly under
 * a bureau (直属中队), and bureaus under bureaus (a city bureau over district bureaus).
 * Only a bureau may be a root.
 */
final class OrgNesting {
    private OrgNesting() {
    }

    /**
     * @param parent the parent's kind, or null for no parent
     * @param child  the child's kind
     * @return true when a child of that kind may sit there
     */
    static boolean allows(OrgUnitKind parent, OrgUnitKind child) {
        if (parent == null) {
            return child == OrgUnitKind.BUREAU;
        }
        return switch (child) {
            case BUREAU, BRIGADE -> parent == OrgUnitKind.BUREAU;
            case SQUAD -> parent == OrgUnitKind.BUREAU || parent == OrgUnitKind.BRIGADE;
        };
    }
}
