package org.nbabox.espn;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads one ESPN game file of either format, plain or gzipped, by streaming: sections a box-score
 * processor does not need are skipped token by token, never built as a tree.
 * Thread-safe and cheap to share.
 */
public final class GameFileReader {

    /** Opens the box score file of a Format 2 game, or returns null when there is none. */
    @FunctionalInterface
    public interface BoxScoreSource {
        InputStream open() throws IOException;

        BoxScoreSource NONE = () -> null;
    }

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    /** Reads a game from a local file; for Format 2 the box score comes from {@code boxScoreFile} when given. */
    public RawGame read(Path file, Path boxScoreFile) throws BadGameFileException {
        BoxScoreSource box = boxScoreFile == null ? BoxScoreSource.NONE
                : () -> Files.exists(boxScoreFile) ? Files.newInputStream(boxScoreFile) : null;
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString(), box);
        } catch (IOException e) {
            throw new BadGameFileException(BadGameFileException.Reason.UNREADABLE, file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a game from a stream (closed by the caller).
     *
     * @param name file name, used for messages and as the game id of last resort in Format 2
     */
    public RawGame read(InputStream raw, String name, BoxScoreSource boxScore) throws BadGameFileException {
        try (JsonParser p = FACTORY.createParser(decompressed(raw))) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new BadGameFileException(BadGameFileException.Reason.EMPTY_FILE, name + ": no JSON in it");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new BadGameFileException(BadGameFileException.Reason.UNKNOWN_FORMAT,
                        name + ": top level is not a JSON object");
            }
            if (p.nextToken() == JsonToken.END_OBJECT) {
                throw new BadGameFileException(BadGameFileException.Reason.UNKNOWN_FORMAT, name + ": empty JSON object");
            }
            // the first field that names a format decides it; fields before it (ids, metadata) are skipped
            while (!"page".equals(p.currentName()) && !SummaryReader.FIELDS.contains(p.currentName())) {
                p.nextToken();
                p.skipChildren();
                if (p.nextToken() != JsonToken.FIELD_NAME) {
                    throw new BadGameFileException(BadGameFileException.Reason.UNKNOWN_FORMAT,
                            name + ": neither an ESPN summary (no header) nor a game package (no page)");
                }
            }
            if ("page".equals(p.currentName())) {
                return new GamePackageReader(name, boxScore).read(p);
            }
            return new SummaryReader(name).read(p);
        } catch (BadGameFileException e) {
            throw e;
        } catch (StreamReadException e) {
            String msg = e.getOriginalMessage();
            boolean truncated = msg != null && (msg.contains("end-of-input") || msg.contains("EOF"));
            throw new BadGameFileException(truncated ? BadGameFileException.Reason.TRUNCATED
                    : BadGameFileException.Reason.MALFORMED_JSON, name + ": " + firstLine(msg), e);
        } catch (java.io.EOFException e) {
            throw new BadGameFileException(BadGameFileException.Reason.TRUNCATED, name + ": the data ends early"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
        } catch (IOException e) {
            throw new BadGameFileException(BadGameFileException.Reason.UNREADABLE, name + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // a field of an unexpected type deep inside: the file is not the ESPN shape we know
            throw new BadGameFileException(BadGameFileException.Reason.UNKNOWN_FORMAT,
                    name + ": unexpected content (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable JSON";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Gzip is recognised by its magic bytes, whatever the file is called. */
    static InputStream decompressed(InputStream raw) throws IOException {
        PushbackInputStream in = new PushbackInputStream(new BufferedInputStream(raw, 1 << 16), 2);
        int b1 = in.read();
        if (b1 < 0) {
            return in;
        }
        int b2 = in.read();
        if (b2 >= 0) {
            in.unread(b2);
        }
        in.unread(b1);
        if (b1 == 0x1f && b2 == 0x8b) {
            return new GZIPInputStream(in, 1 << 16);
        }
        return in;
    }
}
