package io.github.bulletinextractor.bench;

import java.time.Duration;

/**
 * Two pieces of work timed in turn in one JVM, pass by pass, so that a shared machine's changing
 * speed falls on both alike: a ratio from two separate JMH runs minutes apart moved by a quarter
 * from one run to the next, this one by a few percent.
 */
final class Paired {

    /** One pass of the work, e.g. over every sample file. */
    interface Work {
        void run() throws Exception;
    }

    record Result(double secondsPerPassA, double secondsPerPassB) {
        double ratio() {
            return secondsPerPassA / secondsPerPassB;
        }
    }

    private Paired() {}

    static Result compare(Work a, Work b, Duration warmUp, Duration measure) throws Exception {
        alternate(a, b, warmUp);
        return alternate(a, b, measure);
    }

    private static Result alternate(Work a, Work b, Duration length) throws Exception {
        long end = System.nanoTime() + length.toNanos();
        long timeA = 0;
        long timeB = 0;
        int passes = 0;
        while (System.nanoTime() < end || passes == 0) {
            timeA += timed(a);
            timeB += timed(b);
            passes++;
        }
        return new Result(timeA / 1e9 / passes, timeB / 1e9 / passes);
    }

    private static long timed(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }
}
