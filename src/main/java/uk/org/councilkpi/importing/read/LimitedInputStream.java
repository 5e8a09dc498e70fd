package uk.org.councilkpi.importing.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.problem.ProblemType;

/** Counts the bytes of a body as they are read, and refuses it (413) as soon as it passes the limit. */
public final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    public LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        count += n;
        if (count > limit) {
            throw tooLarge(limit);
        }
    }

    public static ApiException tooLarge(long limit) {
        return new ApiException(ProblemType.TOO_LARGE, "The body is larger than an import may be (" + describe(limit)
                + "): split the batch", List.of());
    }

    private static String describe(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
