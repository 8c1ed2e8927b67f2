package dev.opboot.corpus.kitchensink.v1;

/** Size is a T-shirt size. */
public enum Size {
  Small,
  Medium,
  Large
}
