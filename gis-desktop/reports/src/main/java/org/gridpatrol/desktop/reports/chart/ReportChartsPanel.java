package org.gridpatrol.desktop.reports.chart;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridLayout;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import org.gridpatrol.model.report.DutyReport;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.openide.util.NbBundle;

/**
 * The charts of a duty report side by side: time inside and outside own grids per officer
 * (stacked bars) and alarms by type.
 */
public final class ReportChartsPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    /** Colour of the time inside own grids. */
    public static final Color INSIDE = new Color(0x2E7D32);
    /** Colour of the time outside them. */
    public static final Color OUTSIDE = new Color(0xEF6C00);
    /** Colour of the alarm bars. */
    public static final Color ALARMS = new Color(0xC62828);

    private static final int BAR_HEIGHT = 18;
    private static final int MIN_HEIGHT = 240;

    private final ChartPanel time;
    private final ChartPanel alarms;

    /** Creates the panel with empty charts. */
    public ReportChartsPanel() {
        super(new GridLayout(1, 2, 8, 0));
        time = new ChartPanel(chart(text("CHART_Time"), text("AXIS_Hours"), new DefaultCategoryDataset(), true));
        alarms = new ChartPanel(chart(text("CHART_Alarms"), text("AXIS_Count"), new DefaultCategoryDataset(), false));
        // a bureau has some hundred officers: the time chart grows a bar's height per officer and scrolls
        time.setMaximumDrawHeight(20_000);
        time.setMaximumDrawWidth(4_000);
        JScrollPane scroll = new JScrollPane(time, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(null);
        add(scroll);
        add(alarms);
    }

    /** @param report the report to draw */
    public void show(DutyReport report) {
        time.setChart(chart(text("CHART_Time"), text("AXIS_Hours"), ReportDatasets.insideOutside(report), true));
        time.setPreferredSize(new Dimension(300, Math.max(MIN_HEIGHT, 110 + BAR_HEIGHT * report.officers().size())));
        time.revalidate();
        alarms.setChart(chart(text("CHART_Alarms"), text("AXIS_Count"), ReportDatasets.alarmsByType(report), false));
    }

    /** @return the time chart as drawn, for tests */
    JFreeChart timeChart() {
        return time.getChart();
    }

    private static JFreeChart chart(String title, String axis, CategoryDataset data, boolean stacked) {
        BarRenderer bars = stacked ? new StackedBarRenderer() : new BarRenderer();
        // flat bars: the colours are what the eye (and the render test) reads
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        if (stacked) {
            bars.setSeriesPaint(ReportDatasets.INSIDE, INSIDE);
            bars.setSeriesPaint(ReportDatasets.OUTSIDE, OUTSIDE);
        } else {
            bars.setSeriesPaint(0, ALARMS);
        }
        NumberAxis values = new NumberAxis(axis);
        if (!stacked) {
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setMaximumCategoryLabelLines(stacked ? 1 : 2);
        // the default 5% margins are a blank band of several bars once a bureau's officers are listed
        categories.setLowerMargin(0.01);
        categories.setUpperMargin(0.01);
        CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
        plot.setOrientation(stacked ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, stacked);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static String text(String key) {
        return NbBundle.getMessage(ReportChartsPanel.class, key);
    }
}
