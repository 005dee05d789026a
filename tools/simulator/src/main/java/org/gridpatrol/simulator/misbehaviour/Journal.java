package org.gridpatrol.simulator.misbehaviour;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.client.ApiTransport;

/**
 * The run's journal, one JSON object per line: a {@code run} line (mode, clocks, officers), an
 * {@code episode} line per injected misbehaviour as it ends, an {@code end} line. Each line is
 * flushed when written, so a killed run leaves a readable journal.
 */
public final class Journal implements Closeable {

    /** Who took part in a run. */
    public record Officer(long officerId, String badge) {
    }

    /**
     * The run line.
     *
     * @param mode      realtime, accelerated or load
     * @param speed     simulated seconds per real second
     * @param simStart  the phones' clock at the start
     * @param wallStart the real clock at the start
     * @param api       the server
     * @param perHour   misbehaviour episodes per officer per simulated hour
     * @param kinds     the kinds enabled
     * @param officers  who was simulated
     */
    public record Run(String mode, double speed, Instant simStart, Instant wallStart, String api, double perHour,
                      List<Kind> kinds, List<Officer> officers) {
    }

    /** What a journal file holds; simEnd is null when the run did not finish its journal. */
    public record Content(Run run, List<Episode> episodes, Instant simEnd) {
    }

    private static final ObjectMapper JSON = ApiTransport.mapper();
    private final BufferedWriter out;

    private Journal(BufferedWriter out) {
        this.out = out;
    }

    /** Starts a journal, replacing the file, with the run line. */
    public static Journal create(Path file, Run run) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Journal j = new Journal(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
            j.write("run", JSON.valueToTree(run));
            return j;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file, e);
        }
    }

    /** Records an episode. */
    public void episode(Episode e) {
        write("episode", JSON.valueToTree(e));
    }

    /** Records the end of the run. */
    public void end(Instant simEnd, Instant wallEnd) {
        ObjectNode n = JSON.createObjectNode();
        n.put("simEnd", simEnd.toString());
        n.put("wallEnd", wallEnd.toString());
        write("end", n);
    }

    private synchronized void write(String record, JsonNode body) {
        ObjectNode line = JSON.createObjectNode();
        line.put("record", record);
        line.setAll((ObjectNode) body);
        try {
            out.write(JSON.writeValueAsString(line));
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }

    /** Reads a journal back. */
    public static Content read(Path file) throws IOException {
        Run run = null;
        List<Episode> episodes = new ArrayList<>();
        Instant simEnd = null;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (text.isBlank()) {
                continue;
            }
            ObjectNode line = (ObjectNode) JSON.readTree(text);
            String record = line.path("record").asText();
            line.remove("record");
            switch (record) {
                case "run" -> run = JSON.treeToValue(line, Run.class);
                case "episode" -> episodes.add(JSON.treeToValue(line, Episode.class));
                case "end" -> simEnd = Instant.parse(line.get("simEnd").asText());
                default -> throw new IOException("unknown journal record '" + record + "' in " + file);
            }
        }
        if (run == null) {
            throw new IOException(file + " has no run line: not a simulator journal");
        }
        return new Content(run, episodes, simEnd);
    }
}
