<dependency>
  <!-- the admission webhooks' AdmissionController, Mutator and Validator (WebhookServer) -->
  <groupId>io.javaoperatorsdk</groupId>
  <artifactId>kubernetes-webhooks-framework-core</artifactId>
  <version>[=project.versions.webhooks]</version>
</dependency>
<dependency>
  <!-- reads the serving certificate's key in each PEM form cert-manager writes (WebhookServer) -->
  <groupId>org.bouncycastle</groupId>
  <artifactId>bcpkix-jdk18on</artifactId>
  <version>[=project.versions.bouncycastle]</version>
</dependency>
