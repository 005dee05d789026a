package org.gridpatrol.desktop.map.search;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.gridpatrol.desktop.map.api.MapGrid;

/**
 * A search field for the map's toolbar: while typing, a list under it offers the grids whose
 * code or name matches; Up/Down walk it, Enter (or a click) takes the highlighted grid, or the
 * best match when none is highlighted.
 */
public final class GridSearchField extends JTextField {
    private static final long serialVersionUID = 1L;
    private static final int OFFERED = 12;

    private final transient Supplier<List<MapGrid>> grids;
    private final transient Consumer<MapGrid> chosen;
    private final DefaultListModel<MapGrid> offered = new DefaultListModel<>();
    private final JList<MapGrid> list = new JList<>(offered);
    private final JPopupMenu popup = new JPopupMenu();

    /** @param grids the grids to search, asked on every key; @param chosen told the grid taken */
    public GridSearchField(Supplier<List<MapGrid>> grids, Consumer<MapGrid> chosen) {
        super(16);
        this.grids = grids;
        this.chosen = chosen;
        setMaximumSize(new Dimension(220, getPreferredSize().height));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setFocusable(false);
        list.setCellRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected,
                                                          boolean focus) {
                MapGrid grid = (MapGrid) value;
                String text = grid.code() == null ? grid.name() : grid.name() + "  " + grid.code();
                return super.getListCellRendererComponent(l, text, index, selected, focus);
            }
        });
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                take(list.getSelectedValue());
            }
        });
        popup.setFocusable(false);
        popup.add(new JScrollPane(list));
        getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                refresh();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                refresh();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                refresh();
            }
        });
        addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                walk(e);
            }
        });
        addActionListener(e -> take(list.getSelectedValue() != null ? list.getSelectedValue()
                : offered.isEmpty() ? null : offered.get(0)));
    }

    /** @return the grids offered for the text typed now, best first */
    public List<MapGrid> offered() {
        return java.util.Collections.list(offered.elements());
    }

    private void refresh() {
        offered.clear();
        GridSearch.find(grids.get(), getText(), OFFERED).forEach(offered::addElement);
        if (offered.isEmpty() || !isShowing()) {
            popup.setVisible(false);
            return;
        }
        list.setVisibleRowCount(Math.min(offered.size(), 8));
        popup.pack();
        popup.show(this, 0, getHeight());
    }

    private void walk(KeyEvent e) {
        int at = list.getSelectedIndex();
        if (e.getKeyCode() == KeyEvent.VK_DOWN && at < offered.size() - 1) {
            list.setSelectedIndex(at + 1);
        } else if (e.getKeyCode() == KeyEvent.VK_UP && at > 0) {
            list.setSelectedIndex(at - 1);
        } else if (e.getKeyCode() == KeyEvent.VK_ESCAPE) {
            popup.setVisible(false);
            return;
        } else {
            return;
        }
        list.ensureIndexIsVisible(list.getSelectedIndex());
        e.consume();
    }

    private void take(MapGrid grid) {
        popup.setVisible(false);
        list.clearSelection();
        if (grid != null) {
            chosen.accept(grid);
        }
    }
}
