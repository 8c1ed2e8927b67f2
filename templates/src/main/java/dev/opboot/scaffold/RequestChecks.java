package dev.opboot.scaffold;

import dev.opboot.core.BadInputException;
import java.util.Optional;

/** The two shapes every flag check takes, so that every message reads alike. */
public final class RequestChecks {
  private RequestChecks() {}

  /** Fails when a required flag is missing; {@code example} shows how to pass it. */
  public static void required(String option, String value, String example)
      throws BadInputException {
    if (value == null || value.isEmpty()) {
      throw new BadInputException(option, option + " is required: " + example + ".");
    }
  }

  /** Longest value a message repeats whole. */
  static final int LONGEST_SHOWN = 100;

  /** {@code value} as a message shows it: a pasted blob is cut, saying how long it was. */
  public static String shown(String value) {
    return value.length() <= LONGEST_SHOWN
        ? value
        : value.substring(0, LONGEST_SHOWN) + "... (" + value.length() + " characters)";
  }

  /** Fails when {@code problem} is present, saying what was expected instead. */
  public static void valid(String option, String value, Optional<String> problem, String expected)
      throws BadInputException {
    if (problem.isPresent()) {
      throw new BadInputException(
          option,
          option
              + " '"
              + shown(value)
              + "' is not valid: "
              + problem.get()
              + ". Expected "
              + expected
              + ".");
    }
  }
}
