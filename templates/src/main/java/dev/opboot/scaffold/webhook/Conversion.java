package dev.opboot.scaffold.webhook;

import dev.opboot.scaffold.IfExists;
import dev.opboot.scaffold.Template;
import dev.opboot.scaffold.project.Project;
import dev.opboot.scaffold.project.ProjectResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of a kind's conversion webhook, whose hub is {@code hub}: one framework {@code Mapper}
 * per spoke ({@code <Kind><Spoke>Mapper}, hub to spoke and back) with its round-trip test, the
 * hub's own identity mapper ({@code <Kind>HubMapper}, which the framework's {@code
 * ConversionController} needs to convert to and from the hub itself), and {@code
 * <Kind>ConversionIT}, all in the hub's webhook package beside {@code <Kind>Webhook}.
 */
record Conversion(
    String hubMapper, String itClass, List<Map<String, Object>> spokes, String crdName) {

  static Conversion of(Project project, ProjectResource hub, List<String> spokeVersions) {
    List<Map<String, Object>> spokes = new ArrayList<>();
    for (String version : spokeVersions) {
      ProjectResource spoke =
          project.resources().stream()
              .filter(
                  r ->
                      r.apiGroup().equals(hub.apiGroup())
                          && r.kind().equals(hub.kind())
                          && r.version().equals(version))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException("no version " + version));
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("version", version);
      data.put("apiPackage", spoke.apiPackage());
      data.put("mapper", hub.kind() + capitalized(version) + "Mapper");
      spokes.add(data);
    }
    return new Conversion(
        hub.kind() + "HubMapper",
        hub.kind() + "ConversionIT",
        List.copyOf(spokes),
        hub.plural() + "." + hub.apiGroup());
  }

  /** {@code webhook.conversion} in the templates. */
  Map<String, Object> data() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("hubMapper", hubMapper);
    data.put("itClass", itClass);
    data.put("spokes", spokes);
    data.put("crdName", crdName);
    return data;
  }

  /** The mappers, their tests and the integration test, in the webhook package's folders. */
  List<Template> files(String mainFolder, String testFolder, IfExists ifExists) {
    List<Template> files = new ArrayList<>();
    files.add(
        Template.file(
            mainFolder + hubMapper + ".java", "webhook/conversion/HubMapper.java.ftl", ifExists));
    for (Map<String, Object> spoke : spokes) {
      String mapper = (String) spoke.get("mapper");
      Map<String, Object> extra = Map.of("spoke", spoke);
      files.add(
          Template.file(
              mainFolder + mapper + ".java",
              "webhook/conversion/SpokeMapper.java.ftl",
              ifExists,
              extra));
      files.add(
          Template.file(
              testFolder + mapper + "Test.java",
              "webhook/conversion/SpokeMapperTest.java.ftl",
              ifExists,
              extra));
    }
    files.add(
        Template.file(
            testFolder + itClass + ".java", "webhook/conversion/ConversionIT.java.ftl", ifExists));
    return files;
  }

  private static String capitalized(String version) {
    return Character.toUpperCase(version.charAt(0)) + version.substring(1);
  }
}
