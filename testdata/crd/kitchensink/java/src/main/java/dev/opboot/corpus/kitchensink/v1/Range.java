package dev.opboot.corpus.kitchensink.v1;

/**
 * Range is an inclusive range.
 *
 * @param <T> the type of the bounds
 */
public class Range<T> {
  /** From is the lower bound. */
  public T from;

  /** To is the upper bound. */
  public T to;
}
