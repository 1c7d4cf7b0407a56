package org.nbabox.ops;

import java.util.Objects;

/**
 * The result of one pre-launch check: its name, whether it passed, and a one-line detail for the operator.
 * Printed as {@code PASS  <name>  <detail>} or {@code FAIL  <name>  <detail>}.
 */
public record Check(String name, boolean passed, String detail) {

  public Check {
    Objects.requireNonNull(name, "name");
    detail = detail == null ? "" : detail.replace('\n', ' ').replace('\r', ' ').strip();
  }

  public static Check pass(String name, String detail) {
    return new Check(name, true, detail);
  }

  public static Check fail(String name, String detail) {
    return new Check(name, false, detail);
  }

  /** The line the preflight command prints for this check. */
  public String line() {
    return (passed ? "PASS" : "FAIL") + "  " + name + "  " + detail;
  }
}
