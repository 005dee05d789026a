package org.gridpatrol.district.street;

/** Road classes of Chinese urban planning (CJJ 37): 主干路, 次干路, 支路. */
public enum RoadKind {
    ARTERIAL("主干路"),
    SECONDARY("次干路"),
    BRANCH("支路");

    private final String nameZh;

    RoadKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
