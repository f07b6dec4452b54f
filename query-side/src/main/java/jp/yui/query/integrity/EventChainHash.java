package jp.yui.query.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The link function of the tamper-evidence chain: {@code SHA-256(previous hash, event identifier, aggregate id,
 * sequence number, type, timestamp, payload bytes, metadata bytes)} over the event row exactly as stored in
 * {@code domain_event_entry}. Every field is written with its length first (−1 for null), so no two different rows give
 * the same input. The first event of a cooperative links to {@link #GENESIS} (32 zero bytes).
 */
public final class EventChainHash {

    public static final byte[] GENESIS = new byte[32];

    private EventChainHash() {
    }

    /** One stored event row, the fields the chain covers. */
    public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                              String type, String timestamp, byte[] payload, byte[] metaData) {
    }

    public static byte[] link(byte[] previous, StoredEvent e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + e.payload().length);
        field(out, previous);
        field(out, utf8(e.eventIdentifier()));
        field(out, utf8(e.aggregateIdentifier()));
        field(out, ByteBuffer.allocate(8).putLong(e.sequenceNumber()).array());
        field(out, utf8(e.type()));
        field(out, utf8(e.timestamp()));
        field(out, e.payload());
        field(out, e.metaData());
        try {
            return MessageDigest.getInstance("SHA-256").digest(out.toByteArray());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", impossible);
        }
    }

    public static String hex(byte[] hash) {
        return hash == null ? null : HexFormat.of().formatHex(hash);
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static void field(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes == null ? -1 : bytes.length).array());
        if (bytes != null) {
            out.writeBytes(bytes);
        }
    }
}
