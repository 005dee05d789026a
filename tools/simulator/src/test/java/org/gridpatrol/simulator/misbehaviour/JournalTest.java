package org.gridpatrol.simulator.misbehaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @Test
    void whatIsWrittenIsReadBackLineByLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("j.jsonl");
        Instant t = Instant.parse("2026-11-27T00:30:00Z");
        Journal.Run run = new Journal.Run("realtime", 1, t, t, "http://x/api/v1", 0.25, List.of(Kind.STILL, Kind.MOCK),
                List.of(new Journal.Officer(100001, "BS0001")));
        Episode e = new Episode(100001, "BS0001", Kind.STILL, t.plusSeconds(600), t.plusSeconds(2700), "stands still", false);
        try (Journal j = Journal.create(file, run)) {
            j.episode(e);
            assertNull(Journal.read(file).simEnd(), "readable while the run goes on");
            j.end(t.plusSeconds(3600), t.plusSeconds(3600));
        }
        Journal.Content c = Journal.read(file);
        assertEquals(run, c.run());
        assertEquals(List.of(e), c.episodes());
        assertEquals(t.plusSeconds(3600), c.simEnd());
        assertEquals(3, Files.readAllLines(file).size());
    }
}
