package dev.opboot.corpus.kitchensink.v1;

import dev.opboot.annotations.Optional;
import dev.opboot.annotations.RequiredByDefault;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Size;

/** Port is a named network port. */
@RequiredByDefault
public class Port {
  private String name;
  private Protocol protocol;
  private int number;

  /** Name is unique within the list. */
  @Size(max = 15)
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /** Protocol defaults to TCP. */
  @Optional
  @Default("TCP")
  public Protocol getProtocol() {
    return protocol;
  }

  public void setProtocol(Protocol protocol) {
    this.protocol = protocol;
  }

  /** Number is the port number. */
  @Min(1)
  @Max(65535)
  public int getNumber() {
    return number;
  }

  public void setNumber(int number) {
    this.number = number;
  }
}
