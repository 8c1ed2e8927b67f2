package dev.opboot.maven;

import dev.opboot.envtest.AssetsLocator;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;

/** A goal of the plugin set up over a project folder, as Maven would, for the goals' tests. */
final class GoalFixture {
  private GoalFixture() {}

  /**
   * A goal over {@code project} (sources in src/main/java), its class path this test JVM's, its
   * etcd and kube-apiserver in {@code assets} (none when null).
   */
  static <M extends GeneratorMojo> M mojo(Class<M> goal, Path project, Path assets)
      throws Exception {
    M mojo = goal.getDeclaredConstructor().newInstance();
    MavenProject maven =
        new MavenProject() {
          @Override
          public List<String> getCompileClasspathElements() {
            return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
          }
        };
    maven.setFile(project.resolve("pom.xml").toFile());
    maven.addCompileSourceRoot(project.resolve("src/main/java").toString());
    mojo.project = maven;
    Map<String, String> env =
        assets == null
            ? Map.of(
                "KUBE_API_TEST_DIR", project.resolve("none").toString(),
                "XDG_DATA_HOME", project.resolve("none").toString())
            : Map.of("KUBEBUILDER_ASSETS", assets.toString());
    mojo.assets = AssetsLocator.of(env::get, name -> null);
    mojo.setLog(new SystemStreamLog());
    if (mojo instanceof GenerateCrdMojo crd) {
      var output = GenerateCrdMojo.class.getDeclaredField("outputDirectory");
      output.setAccessible(true);
      output.set(crd, project.resolve("config/crd/bases").toFile());
    }
    return mojo;
  }
}
