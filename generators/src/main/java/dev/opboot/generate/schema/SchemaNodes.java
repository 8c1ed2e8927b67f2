package dev.opboot.generate.schema;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import com.fasterxml.jackson.databind.node.ValueNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The node factory of {@link JsonSchema} trees: every number is normalised as it is made, so that
 * equal values are equal nodes and a CRD says {@code 1}, never {@code 1.0}. An integral value (a
 * decimal without a fraction too) is an int, long or big-integer node, whichever holds it; any
 * other is a decimal without trailing zeros. Doubles and floats become decimals through their
 * shortest text, as Java prints them, so {@code 0.1} stays {@code 0.1}.
 *
 * <p>Trees parsed with {@link #MAPPER} (the Kubernetes catalogue, JSON written in annotations) and
 * objects made by any such tree are normalised this way on the way in; nothing converts later.
 */
public final class SchemaNodes extends JsonNodeFactory {
  private static final long serialVersionUID = 1L;

  public static final SchemaNodes INSTANCE = new SchemaNodes();

  /** Reads JSON into normalised trees; decimals are never read as doubles. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setNodeFactory(INSTANCE)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private SchemaNodes() {
    super(true); // decimals are stripped here, not by Jackson
  }

  /** The normal node of {@code value}. */
  public static ValueNode number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() <= 0) {
      return integral(stripped.toBigIntegerExact());
    }
    return DecimalNode.valueOf(stripped);
  }

  private static NumericNode integral(BigInteger value) {
    if (value.bitLength() < Integer.SIZE) {
      return IntNode.valueOf(value.intValue());
    }
    if (value.bitLength() < Long.SIZE) {
      return LongNode.valueOf(value.longValue());
    }
    return BigIntegerNode.valueOf(value);
  }

  private static NumericNode integral(long value) {
    return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
  }

  @Override
  public NumericNode numberNode(byte v) {
    return IntNode.valueOf(v);
  }

  @Override
  public ValueNode numberNode(Byte v) {
    return v == null ? nullNode() : IntNode.valueOf(v);
  }

  @Override
  public NumericNode numberNode(short v) {
    return IntNode.valueOf(v);
  }

  @Override
  public ValueNode numberNode(Short v) {
    return v == null ? nullNode() : IntNode.valueOf(v);
  }

  @Override
  public NumericNode numberNode(int v) {
    return IntNode.valueOf(v);
  }

  @Override
  public ValueNode numberNode(Integer v) {
    return v == null ? nullNode() : IntNode.valueOf(v);
  }

  @Override
  public NumericNode numberNode(long v) {
    return integral(v);
  }

  @Override
  public ValueNode numberNode(Long v) {
    return v == null ? nullNode() : integral(v);
  }

  @Override
  public ValueNode numberNode(BigInteger v) {
    return v == null ? nullNode() : integral(v);
  }

  @Override
  public NumericNode numberNode(float v) {
    return Float.isFinite(v)
        ? (NumericNode) number(new BigDecimal(Float.toString(v)))
        : super.numberNode(v);
  }

  @Override
  public ValueNode numberNode(Float v) {
    return v == null ? nullNode() : numberNode(v.floatValue());
  }

  @Override
  public NumericNode numberNode(double v) {
    return Double.isFinite(v)
        ? (NumericNode) number(new BigDecimal(Double.toString(v)))
        : super.numberNode(v);
  }

  @Override
  public ValueNode numberNode(Double v) {
    return v == null ? nullNode() : numberNode(v.doubleValue());
  }

  @Override
  public ValueNode numberNode(BigDecimal v) {
    return v == null ? nullNode() : number(v);
  }
}
