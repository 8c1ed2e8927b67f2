package dev.opboot.scaffold;

import dev.opboot.core.BadInputException;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * FreeMarker set up so that the same data renders the same bytes on any machine: fixed locale, time
 * zone and number format, templates read as UTF-8 from the classpath under {@code
 * /dev/opboot/scaffold/}, and any missing value an error rather than an empty string.
 */
public final class TemplateEngine {
  private final Configuration configuration;

  public TemplateEngine() {
    configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setClassForTemplateLoading(TemplateEngine.class, "/dev/opboot/scaffold/");
    configuration.setDefaultEncoding("UTF-8");
    configuration.setOutputEncoding("UTF-8");
    configuration.setLocale(Locale.ROOT);
    configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
    configuration.setNumberFormat("computer");
    configuration.setBooleanFormat("c");
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    // [=name] instead of ${name}: generated poms, Dockerfiles and scripts keep their own ${...}.
    configuration.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
  }

  /** Renders the named template (relative to {@code /dev/opboot/scaffold/}) with {@code data}. */
  public String render(String templateName, Map<String, Object> data) throws BadInputException {
    try {
      StringWriter out = new StringWriter();
      configuration.getTemplate(templateName).process(data, out);
      return out.toString();
    } catch (IOException | TemplateException e) {
      throw new BadInputException(
          "internal error: template " + templateName + " failed: " + e.getMessage(), e);
    }
  }
}
