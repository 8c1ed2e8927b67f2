<execution>
  <!-- config/webhook/manifests.yaml and service.yaml from the @Webhook classes (op-boot generate webhook) -->
  <id>generate-webhook</id>
  <goals>
    <goal>generate</goal>
  </goals>
  <configuration>
    <generators>webhook</generators>
  </configuration>
</execution>
