package org.constitutionkg.dump;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A gzip file (one member, RFC 1952) made of pieces deflated apart, on threads of their own, as {@code pigz} does:
 * <pre>
 *   Gzip z = new Gzip(out);                      // writes the header
 *   z.append(text, n, Gzip.deflate(text, n));    // the first n bytes of text; deflate may run on any thread
 *   z.finish();                                  // the last block and the trailer (out is not closed)
 * </pre>
 * Each piece is a raw deflate run that starts afresh and ends with a sync flush (so the runs join into one deflate
 * stream); the file is a little larger than one deflated as a whole (each piece starts without the 32 KiB the last
 * one ended with) and the same for the same pieces.
 */
final class Gzip {

    /** ID1 ID2, CM (deflate), FLG, MTIME (none), XFL, OS (unknown). */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    /** An empty final block with fixed Huffman codes: what ends the stream after the last sync flush. */
    private static final byte[] LAST_BLOCK = {3, 0};

    private final OutputStream out;
    private final CRC32 crc = new CRC32();
    private long size;

    Gzip(OutputStream out) throws IOException {
        this.out = out;
        out.write(HEADER);
    }

    /** The first {@code length} bytes of {@code text} as a raw deflate run (default level) ending with a sync flush. */
    static byte[] deflate(byte[] text, int length) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            d.setInput(text, 0, length);
            ByteArrayOutputStream run = new ByteArrayOutputStream(length / 4 + 64);
            byte[] buf = new byte[1 << 16];
            int n;
            do {
                n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
                run.write(buf, 0, n);
            } while (n == buf.length || !d.needsInput());
            return run.toByteArray();
        } finally {
            d.end();
        }
    }

    /** Appends the next piece: its text (the first {@code length} bytes, for the checksum) and its {@link #deflate}. */
    void append(byte[] text, int length, byte[] deflated) throws IOException {
        crc.update(text, 0, length);
        size += length;
        out.write(deflated);
    }

    /** Ends the stream and writes the trailer: CRC-32 and length (modulo 2^32), little-endian. */
    void finish() throws IOException {
        out.write(LAST_BLOCK);
        int[] trailer = {(int) crc.getValue(), (int) size};
        for (int word : trailer) {
            for (int shift = 0; shift < 32; shift += 8) {
                out.write(word >>> shift);
            }
        }
        out.flush();
    }
}
