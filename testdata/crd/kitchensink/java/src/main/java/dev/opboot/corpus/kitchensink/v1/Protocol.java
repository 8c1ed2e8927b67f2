package dev.opboot.corpus.kitchensink.v1;

/** Protocol is a network protocol. */
public enum Protocol {
  TCP,
  UDP,
  SCTP
}
