package org.gridpatrol.bench.zone;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link GridLookupBench} and prints the engine's index against the naive baseline of the
 * same run as one line, the number a reader wants. JMH options pass through, e.g.
 * {@code java -cp target/benchmarks.jar org.gridpatrol.bench.zone.GridLookupComparison -f 1 -wi 2 -i 3}.
 */
public final class GridLookupComparison {

    private GridLookupComparison() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Options options = new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include(GridLookupBench.class.getSimpleName())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        double raster = score(results, "rasterIndex");
        double naive = score(results, "naiveStrTreePrepared");
        System.out.printf("%n%-40s %14s%n", "grid lookup, 2,000 grids x ~200 vertices", "lookups/s");
        System.out.printf("%-40s %,14.0f%n", "naive STRtree + PreparedGeometry", naive);
        System.out.printf("%-40s %,14.0f%n", "GridIndex (raster)", raster);
        System.out.printf("%-40s %13.1fx%n", "GridIndex / naive", raster / naive);
    }

    private static double score(Collection<RunResult> results, String method) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .mapToDouble(r -> r.getPrimaryResult().getScore())
                .findFirst().orElse(Double.NaN);
    }
}
