package com.funnelboard.service.importing;

import com.funnelboard.domain.importing.ImportRow;
import com.funnelboard.domain.importing.RowParser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads and parses the rows of a CSV file on a thread of its own, a batch at a time, while the
 * import writes the batch before (the machine's second core does the reading): at most two
 * batches wait. The batches come in file order; a failure to read the file comes out of
 * {@link #next} where the rows would have. {@link #close} stops the thread and waits for it, so
 * the file is not read after it is closed.
 */
final class RowReader implements AutoCloseable {

    /** The rows of a batch, every one (those with problems too), and where the file was after them. */
    record Batch(List<ImportRow> rows, long position) {}

    private record Failure(RuntimeException error) {}

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
    private final Thread thread;
    private volatile boolean stopped;

    /** Starts reading {@code in} through {@code parser}, {@code batchRows} rows to a batch. */
    RowReader(CsvInput in, RowParser parser, int batchRows) {
        thread = Thread.ofPlatform().name("funnelboard-import-reader").daemon().unstarted(() -> read(in, parser, batchRows));
        thread.start();
    }

    private void read(CsvInput in, RowParser parser, int batchRows) {
        try {
            List<ImportRow> rows = new ArrayList<>(batchRows);
            String[] v;
            while (!stopped && (v = in.next()) != null) {
                rows.add(parser.parse(in.row(), v));
                if (rows.size() == batchRows) {
                    queue.put(new Batch(rows, in.position()));
                    rows = new ArrayList<>(batchRows);
                }
            }
            if (!rows.isEmpty()) {
                queue.put(new Batch(rows, in.position()));
            }
            queue.put(END);
        } catch (InterruptedException e) {
            // stopped: nobody waits for the rest
        } catch (RuntimeException e) {
            try {
                queue.put(new Failure(e));
            } catch (InterruptedException stopped) {
                // stopped meanwhile
            }
        }
    }

    /**
     * The next batch, or null after the last one.
     *
     * @throws RuntimeException what reading the file threw (an {@link ImportRefusedException} when it is not CSV)
     */
    Batch next() {
        Object o;
        try {
            o = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted while reading the file");
        }
        if (o instanceof Failure f) {
            queue.offer(o); // asked again, it says the same
            throw f.error();
        }
        if (o == END) {
            queue.offer(END);
            return null;
        }
        return (Batch) o;
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
