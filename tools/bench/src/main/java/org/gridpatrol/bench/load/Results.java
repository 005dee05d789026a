package org.gridpatrol.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one bench run: a table on stdout, Markdown and JSON under
 * {@code tools/bench/results/}, and the flat {@code latest.json} merged so a run of
 * one part keeps the figures of the others.
 */
public final class Results {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final ObjectNode figures = JSON.createObjectNode();
    private final List<String> rows = new ArrayList<>();

    public Results(Path folder) {
        this.folder = folder;
    }

    /**
     * @param key      the figure's key in latest.json
     * @param value    the figure
     * @param unit     its unit
     * @param baseline what it is compared with, measured in the same run
     * @param target   the target from the issue
     */
    public void put(String key, double value, String unit, String baseline, String target) {
        figures.put(key, Math.round(value * 1000) / 1000.0);
        rows.add(String.format(Locale.ROOT, "| %s | %s %s | %s | %s |", key, format(value), unit, baseline, target));
        System.out.printf(Locale.ROOT, "%-30s %14s %-8s | baseline: %s | target: %s%n", key, format(value), unit, baseline, target);
    }

    private static String format(double value) {
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.3f", value);
    }

    /** Writes the run's files and merges latest.json. */
    public void write(String title, String command) throws IOException {
        Files.createDirectories(folder);
        String stamp = Instant.now().toString().replace(":", "").replaceAll("\\..*", "");
        String machine = Runtime.getRuntime().availableProcessors() + " cores, "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB max heap of the bench JVM, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name");
        String commit = System.getProperty("gridpatrol.commit", "unknown");
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n")
                .append("- when: ").append(Instant.now()).append("\n- machine: ").append(machine)
                .append("\n- commit: ").append(commit).append("\n- command: `").append(command).append("`\n\n")
                .append("| figure | value | baseline (same run) | target |\n| --- | --- | --- | --- |\n");
        rows.forEach(r -> md.append(r).append('\n'));
        Files.writeString(folder.resolve(stamp + "-" + slug(title) + ".md"), md);
        ObjectNode run = figures.deepCopy().put("machine", machine).put("commit", commit);
        JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(stamp + "-" + slug(title) + ".json").toFile(), run);
        Path latest = folder.resolve("latest.json");
        ObjectNode merged = Files.exists(latest) ? (ObjectNode) JSON.readTree(latest.toFile()) : JSON.createObjectNode();
        merged.setAll(run);
        JSON.writerWithDefaultPrettyPrinter().writeValue(latest.toFile(), merged);
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** @return the q-quantile of sorted values */
    public static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
    }
}
