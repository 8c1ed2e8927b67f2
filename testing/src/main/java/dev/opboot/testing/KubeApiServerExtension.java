package dev.opboot.testing;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link WithKubeApiServer}.
 *
 * <ul>
 *   <li>Skips (disables) the tests when {@code KUBEBUILDER_ASSETS} is set neither as a system
 *       property nor as an environment variable, saying how to provision it. A value that is set
 *       but wrong is not a skip: the tests fail, naming what is missing.
 *   <li>Resolves parameters of type {@link KubernetesClient} (the shared admin client: do not close
 *       it) and {@link KubeApiServer} (the shared server: do not stop it), starting the server on
 *       first use; it runs until the test JVM exits.
 * </ul>
 */
public final class KubeApiServerExtension implements ExecutionCondition, ParameterResolver {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return decide(EnvTestAssets.configured(System::getenv, System::getProperty));
  }

  /** Whether tests that need the API server can run, given the configured assets folder. */
  static ConditionEvaluationResult decide(Optional<String> configuredAssets) {
    return configuredAssets
        .map(dir -> ConditionEvaluationResult.enabled(EnvTestAssets.VARIABLE + "=" + dir))
        .orElseGet(() -> ConditionEvaluationResult.disabled(EnvTestAssets.NOT_SET_MESSAGE));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == KubernetesClient.class || type == KubeApiServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    KubeApiServer server;
    try {
      server = KubeApiServer.shared();
    } catch (RuntimeException e) {
      throw new ParameterResolutionException("cannot start the API server: " + e.getMessage(), e);
    }
    return parameter.getParameter().getType() == KubernetesClient.class ? server.client() : server;
  }
}
