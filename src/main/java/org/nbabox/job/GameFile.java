package org.nbabox.job;

import java.io.Serializable;

/**
 * A raw game file to process: its path, the game id its name carries, the season when known cheaply
 * (from an old-style id, or a small read of the header), and its size.
 */
public record GameFile(String path, String stem, Integer season, long bytes) implements Serializable {
}
