package dev.opboot.corpus.kitchensink.v1;

import dev.opboot.annotations.MapType;
import dev.opboot.annotations.StructType;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;

/**
 * Endpoint is a network address.
 *
 * @param host The DNS name or IP address.
 * @param port The TCP port.
 */
@StructType(MapType.Kind.ATOMIC)
public record Endpoint(@Required String host, @Required @Min(1) @Max(65535) int port) {
}
