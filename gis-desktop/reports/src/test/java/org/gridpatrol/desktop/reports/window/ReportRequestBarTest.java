package org.gridpatrol.desktop.reports.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.Component;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JButton;
import org.gridpatrol.model.org.OrgUnit;
import org.gridpatrol.model.org.OrgUnitKind;
import org.junit.jupiter.api.Test;

class ReportRequestBarTest {
    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final OrgUnit BUREAU = unit(1, null, OrgUnitKind.BUREAU, "蚌山区城管局");
    private static final OrgUnit SQUAD = unit(4, 2L, OrgUnitKind.SQUAD, "二中队");

    private static OrgUnit unit(long id, Long parent, OrgUnitKind kind, String name) {
        return new OrgUnit(id, parent, kind, name, "C" + id, "/" + id + "/", true, NOW, NOW);
    }

    private static JButton treeButton(ReportRequestBar bar) {
        for (Component c : bar.getComponents()) {
            if (c instanceof JButton b && "pickUnit".equals(b.getName())) {
                return b;
            }
        }
        throw new AssertionError("no organization tree button");
    }

    @Test
    void theUnitChosenInTheOrganizationTreeIsTheReportsUnit() {
        List<Long> askedWith = new ArrayList<>();
        ReportRequestBar bar = new ReportRequestBar((title, selectedId) -> {
            askedWith.add(selectedId);
            return Optional.of(SQUAD);
        });
        bar.offer(List.of(new OrgUnitChoice(BUREAU, 0), new OrgUnitChoice(unit(2, 1L, OrgUnitKind.BRIGADE, "一大队"), 1),
                new OrgUnitChoice(SQUAD, 2)));
        assertEquals(1L, bar.request().orgUnitId());
        treeButton(bar).doClick();
        assertEquals(List.of(1L), askedWith);
        assertEquals(4L, bar.request().orgUnitId());
        assertEquals("二中队", bar.unitName());
    }

    @Test
    void cancellingTheTreeKeepsTheUnitAndAUnitNotOfferedIsAdded() {
        ReportRequestBar bar = new ReportRequestBar((title, selectedId) -> Optional.empty());
        bar.offer(List.of(new OrgUnitChoice(BUREAU, 0)));
        treeButton(bar).doClick();
        assertEquals(1L, bar.request().orgUnitId());
        bar.choose(SQUAD);
        assertEquals(4L, bar.request().orgUnitId());
    }

    @Test
    void withoutTheOrganizationModuleTheButtonIsOff() {
        ReportRequestBar bar = new ReportRequestBar(null);
        assertFalse(treeButton(bar).isEnabled());
    }
}
