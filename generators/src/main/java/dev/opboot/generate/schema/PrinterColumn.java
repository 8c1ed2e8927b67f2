package dev.opboot.generate.schema;

/**
 * A column {@code kubectl get} shows: {@code additionalPrinterColumns} of a CRD version.
 *
 * @param priority 0 shows in the default view, higher only with {@code -o wide}
 */
public record PrinterColumn(
    String name, String type, String format, String description, String jsonPath, int priority) {}
