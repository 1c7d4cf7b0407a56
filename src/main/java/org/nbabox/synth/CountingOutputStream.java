package org.nbabox.synth;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Counts the bytes written through it, so a writer can size its filler to a target file size. */
final class CountingOutputStream extends FilterOutputStream {
  private long count;

  CountingOutputStream(OutputStream out) {
    super(out);
  }

  long count() {
    return count;
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    count += len;
  }
}
