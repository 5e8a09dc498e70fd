package uk.org.councilkpi.importing.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 without stopping at bad bytes: each malformed sequence becomes {@link #MALFORMED}, so that the CSV
 * reader can name the cells that hold one and still read the rest. A leading byte-order mark is dropped.
 */
public final class Utf8Reader extends Reader {

    /** U+FFFF, a noncharacter that no text holds, marks where bytes could not be decoded. */
    static final char MALFORMED = '\uFFFF';
    private static final char BOM = '\uFEFF';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private boolean eof;
    private boolean started;
    /** The second half of a surrogate pair that did not fit the caller's buffer, or 0. */
    private char pending;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        if (pending != 0) {
            out.put(pending);
            pending = 0;
        }
        while (out.position() == offset) {
            if (!bytes.hasRemaining() && eof) {
                return -1;
            }
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isMalformed() || result.isUnmappable()) {
                bytes.position(bytes.position() + result.length());
                out.put(MALFORMED);
            } else if (result.isOverflow()) {
                // Room for one char only, and the next is a surrogate pair: hand over its first half now.
                CharBuffer pair = CharBuffer.allocate(2);
                decoder.decode(bytes, pair, eof);
                out.put(pair.get(0));
                pending = pair.get(1);
            } else if (result.isUnderflow()) {
                if (eof) {
                    // A sequence cut off by the end of the file is malformed too; flush reports it.
                    if (bytes.hasRemaining()) {
                        bytes.position(bytes.limit());
                        out.put(MALFORMED);
                            }
                    break;
                }
                fill();
            }
        }
        int read = out.position() - offset;
        if (!started && read > 0) {
            started = true;
            if (buffer[offset] == BOM) {
                System.arraycopy(buffer, offset + 1, buffer, offset, read - 1);
                return read == 1 ? read(buffer, offset, length) : read - 1;
            }
        }
        return read == 0 ? -1 : read;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
