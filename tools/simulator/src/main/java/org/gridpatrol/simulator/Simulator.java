package org.gridpatrol.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.gridpatrol.client.ApiTransport;
import org.gridpatrol.client.GridPatrolClient;
import org.gridpatrol.client.GridPatrolException;
import org.gridpatrol.client.SupervisorClient;
import org.gridpatrol.simulator.misbehaviour.Journal;
import org.gridpatrol.simulator.phone.MobileApi;
import org.gridpatrol.simulator.report.AlarmReport;
import org.gridpatrol.simulator.run.RunSettings;
import org.gridpatrol.simulator.run.Simulation;

/**
 * The patrol-officer app simulator: N officers' phones against the real API.
 *
 * <pre>
 *   java -jar tools/simulator/target/simulator.jar                                  # 80 officers, real time
 *   java -jar simulator.jar --mode accelerated --speed 60 --misbehaviour 1           # 8 simulated hours in 8 min
 *   java -jar simulator.jar --mode load --rate 10000 --duration 60s --no-report      # ingest load
 *   java -jar simulator.jar --report --journal simulator-journal.jsonl              # compare a run with the alarms
 * </pre>
 *
 * See {@link Options#USAGE} for every option. Exit status: 0 done, 1 failed, 2 bad command line.
 */
public final class Simulator {

    private Simulator() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                out.println("simulator: " + e.getMessage());
            }
            out.print(Options.USAGE);
            System.exit(e.getMessage().isEmpty() ? 0 : 2);
            return;
        }
        System.exit(run(options, out));
    }

    static int run(Options o, PrintStream out) throws InterruptedException {
        ApiTransport api = ApiTransport.builder(URI.create(o.api())).timeout(Duration.ofSeconds(60))
                .retryUnavailable(2, Duration.ofSeconds(10)).build();
        SupervisorClient server = new SupervisorClient(api);
        try {
            signInSupervisor(server, o, out);
            if (o.reportOnly()) {
                return report(o, server, out);
            }
            server.health();
            RunSettings settings = RunSettings.of(o, Instant.now());
            Simulation simulation = new Simulation(settings, MobileApi.of(new GridPatrolClient(api)), server,
                () -> signInSupervisor(server, o, out), out);
            Thread hook = new Thread(() -> simulation.stopAndWait(Duration.ofSeconds(60)), "stop");
            Runtime.getRuntime().addShutdownHook(hook);
            return simulation.run();
        } catch (GridPatrolException e) {
            out.println("simulator: the server at " + o.api() + " answered: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException | IllegalStateException | IOException e) {
            out.println("simulator: " + e.getMessage());
            return 1;
        }
    }

    /**
     * The simulator reads grids, duty and alarms as a supervisor of the demo bureau
     * ({@code --supervisor}, default {@code sup-BS-340303}, with {@code --password}); again before
     * the report, as a long run outlives a session.
     */
    private static void signInSupervisor(SupervisorClient server, Options o, PrintStream out) {
        String account = o.supervisor();
        try {
            server.signIn(account, System.getProperty("gridpatrol.supervisor.password", o.password()));
        } catch (GridPatrolException e) {
            out.println("simulator: signing in as " + account + " failed (" + e.getMessage() + "); reading without a session");
        }
    }

    private static int report(Options o, SupervisorClient server, PrintStream out) throws IOException {
        if (!Files.exists(o.journal())) {
            out.println("simulator: no journal at " + o.journal().toAbsolutePath() + " (give --journal FILE)");
            return 1;
        }
        return new AlarmReport(server, o.zone(), out).print(Journal.read(o.journal()), Instant.now()) ? 0 : 1;
    }
}
