package dev.opboot.testing;

import io.fabric8.kubernetes.client.KubernetesClient;
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
 *   <li>Skips (disables) the tests when {@link EnvTestAssets#find()} finds no kube-apiserver,
 *       saying where it looked and how to install one (and one line on the console); they fail
 *       instead when the binaries are required ({@code -Dop-boot.envtest.required=true}, {@code
 *       CI=true}), or when a setting names binaries that are not usable.
 *   <li>Resolves parameters of type {@link KubernetesClient} (the shared admin client: do not close
 *       it) and {@link KubeApiServer} (the shared server: do not stop it), starting the server on
 *       first use; it runs until the test JVM exits.
 * </ul>
 */
public final class KubeApiServerExtension implements ExecutionCondition, ParameterResolver {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return EnvTestAssets.find()
        .map(assets -> ConditionEvaluationResult.enabled("kube-apiserver from " + assets))
        .orElseGet(() -> ConditionEvaluationResult.disabled(EnvTestAssets.missingMessage()));
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
