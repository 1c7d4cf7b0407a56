package org.nbabox.synth;

import java.io.IOException;

/** Writes the file(s) of one generated game in one of ESPN's formats. */
interface GameWriter {
  void write(GeneratedGame game, GameFiles files, long seed) throws IOException;

  static GameWriter forFormat(int format) {
    return switch (format) {
      case 1 -> new Format1Writer();
      case 2 -> new Format2Writer();
      default -> throw new IllegalArgumentException("unknown format " + format);
    };
  }
}
