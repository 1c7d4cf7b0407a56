package org.nbabox.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** PNG charts for reports and game flows (JFreeChart, headless). */
public final class Charts {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    public static byte[] bars(String title, String axis, Map<String, Number> values, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((k, v) -> data.addValue(v, title, k));
        JFreeChart chart = ChartFactory.createBarChart(title, axis, null, data, PlotOrientation.VERTICAL, false, false, false);
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        return png(chart, width, height);
    }

    /**
     * A step chart of y over a numeric x (e.g. the score margin over elapsed minutes), with a line at
     * y = 0 and light vertical lines at {@code xMarkers} (e.g. period starts).
     */
    public static byte[] line(String title, String xAxis, String yAxis, List<double[]> points, List<Double> xMarkers,
                              int width, int height) {
        XYSeries s = new XYSeries(yAxis, false);
        for (double[] p : points) {
            s.add(p[0], p[1]);
        }
        JFreeChart chart = ChartFactory.createXYStepChart(title, xAxis, yAxis, new XYSeriesCollection(s),
                PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setDomainAxis(new NumberAxis(xAxis));
        plot.setBackgroundPaint(Color.WHITE);
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        for (double x : xMarkers) {
            plot.addDomainMarker(new ValueMarker(x, Color.LIGHT_GRAY, new BasicStroke(1f)));
        }
        return png(chart, width, height);
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
