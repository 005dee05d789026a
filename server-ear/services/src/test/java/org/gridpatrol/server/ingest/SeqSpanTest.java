package org.gridpatrol.server.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeqSpanTest {
    @Test
    void aGaplessBatchRightAboveTheWatermarkMovesItToTheBatchsTop() {
        SeqSpan span = SeqSpan.of(new long[] {103, 101, 102, 104});

        assertTrue(span.gapless());
        assertEquals(104, span.walkFrom(100));
    }

    @Test
    void aGaplessBatchOverlappingTheWatermarkMovesItToo() {
        assertEquals(104, SeqSpan.of(new long[] {98, 99, 100, 101, 102, 103, 104}).walkFrom(100));
    }

    @Test
    void aWatermarkAlreadyAboveTheBatchStaysWhereItIs() {
        assertEquals(500, SeqSpan.of(new long[] {101, 102}).walkFrom(500));
    }

    @Test
    void aBatchAboveAHoleLeavesTheWalkAtTheWatermark() {
        assertEquals(100, SeqSpan.of(new long[] {102, 103}).walkFrom(100), "seq 101 is missing");
    }

    @Test
    void aBatchWithAGapLeavesTheWalkAtTheWatermark() {
        SeqSpan span = SeqSpan.of(new long[] {101, 102, 104});

        assertFalse(span.gapless());
        assertEquals(100, span.walkFrom(100));
    }

    @Test
    void repeatedSeqsAreNoGap() {
        assertEquals(103, SeqSpan.of(new long[] {101, 101, 102, 103, 103}).walkFrom(100));
    }

    @Test
    void noSeqsNoSpan() {
        assertNull(SeqSpan.of(new long[0]));
    }
}
