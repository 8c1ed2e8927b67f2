<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>

  <groupId>[=project.groupId]</groupId>
  <artifactId>[=project.artifactId]</artifactId>
  <version>0.1.0-SNAPSHOT</version>
  <packaging>jar</packaging>
  <name>[=project.name]</name>
  <description>Kubernetes operator for [=project.domain], scaffolded by op-boot</description>

  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <project.reporting.outputEncoding>UTF-8</project.reporting.outputEncoding>
    <project.build.outputTimestamp>2025-01-01T00:00:00Z</project.build.outputTimestamp>
    <main.class>[=project.package].OperatorMain</main.class>

    <!-- Dependencies -->
    <op-boot.version>[=project.opBootVersion]</op-boot.version>
    <josdk.version>[=project.versions.josdk]</josdk.version>
    <fabric8.version>[=project.versions.fabric8]</fabric8.version>
    <micrometer.version>[=project.versions.micrometer]</micrometer.version>
    <slf4j.version>[=project.versions.slf4j]</slf4j.version>
    <junit.version>[=project.versions.junit]</junit.version>
    <assertj.version>[=project.versions.assertj]</assertj.version>
    <mockito.version>[=project.versions.mockito]</mockito.version>
    <!-- the Kubernetes version of the API server the integration tests run against: 'op-boot envtest use'
         installs it, and the tests find it there by themselves (KUBEBUILDER_ASSETS, when set, comes first) -->
    <op-boot.envtest.version>[=project.versions.kubernetes]</op-boot.envtest.version>

    <!-- Plugins -->
    <maven-clean-plugin.version>[=project.versions.cleanPlugin]</maven-clean-plugin.version>
    <maven-resources-plugin.version>[=project.versions.resourcesPlugin]</maven-resources-plugin.version>
    <maven-compiler-plugin.version>[=project.versions.compilerPlugin]</maven-compiler-plugin.version>
    <maven-surefire-plugin.version>[=project.versions.surefirePlugin]</maven-surefire-plugin.version>
    <maven-failsafe-plugin.version>[=project.versions.failsafePlugin]</maven-failsafe-plugin.version>
    <maven-jar-plugin.version>[=project.versions.jarPlugin]</maven-jar-plugin.version>
    <maven-dependency-plugin.version>[=project.versions.dependencyPlugin]</maven-dependency-plugin.version>
    <maven-install-plugin.version>[=project.versions.installPlugin]</maven-install-plugin.version>
    <maven-deploy-plugin.version>[=project.versions.deployPlugin]</maven-deploy-plugin.version>
    <maven-site-plugin.version>[=project.versions.sitePlugin]</maven-site-plugin.version>
    <jib-maven-plugin.version>[=project.versions.jibPlugin]</jib-maven-plugin.version>
  </properties>

  <dependencies>
    <dependency>
      <groupId>io.javaoperatorsdk</groupId>
      <artifactId>operator-framework</artifactId>
      <version>${josdk.version}</version>
      <exclusions>
        <!-- JOSDK uses the JDK HTTP client; with both on the classpath fabric8 picks one at random -->
        <exclusion>
          <groupId>io.fabric8</groupId>
          <artifactId>kubernetes-httpclient-vertx</artifactId>
        </exclusion>
      </exclusions>
    </dependency>
    <dependency>
      <groupId>io.javaoperatorsdk</groupId>
      <artifactId>micrometer-support</artifactId>
      <version>${josdk.version}</version>
    </dependency>
    <dependency>
      <groupId>io.micrometer</groupId>
      <artifactId>micrometer-registry-prometheus</artifactId>
      <version>${micrometer.version}</version>
    </dependency>
    <dependency>
      <groupId>org.slf4j</groupId>
      <artifactId>slf4j-simple</artifactId>
      <version>${slf4j.version}</version>
      <scope>runtime</scope>
    </dependency>

    <!-- Schema annotations for the API classes; read by op-boot when it generates the CRDs, not at run time -->
    <dependency>
      <groupId>io.fabric8</groupId>
      <artifactId>generator-annotations</artifactId>
      <version>${fabric8.version}</version>
      <scope>provided</scope>
    </dependency>
    <dependency>
      <groupId>dev.opboot</groupId>
      <artifactId>op-boot-annotations</artifactId>
      <version>${op-boot.version}</version>
      <scope>provided</scope>
    </dependency>

    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <version>${junit.version}</version>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>org.assertj</groupId>
      <artifactId>assertj-core</artifactId>
      <version>${assertj.version}</version>
      <scope>test</scope>
    </dependency>
    <dependency>
      <!-- a real kube-apiserver for the integration tests ('op-boot envtest use', see OperatorIT) -->
      <groupId>dev.opboot</groupId>
      <artifactId>op-boot-testing</artifactId>
      <version>${op-boot.version}</version>
      <scope>test</scope>
    </dependency>
    <dependency>
      <!-- an in-memory API server for the reconcilers' unit tests: a Context whose client works -->
      <groupId>io.fabric8</groupId>
      <artifactId>kubernetes-server-mock</artifactId>
      <version>${fabric8.version}</version>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>org.mockito</groupId>
      <artifactId>mockito-core</artifactId>
      <version>${mockito.version}</version>
      <scope>test</scope>
    </dependency>
    <!-- op-boot:scaffold:dependencies -->
  </dependencies>

  <build>
    <finalName>${project.artifactId}</finalName>
    <pluginManagement>
      <plugins>
        <plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-clean-plugin</artifactId>
          <version>${maven-clean-plugin.version}</version>
        </plugin>
        <plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-resources-plugin</artifactId>
          <version>${maven-resources-plugin.version}</version>
        </plugin>
        <plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-compiler-plugin</artifactId>
          <version>${maven-compiler-plugin.version}</version>
        </plugin>
        <plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-surefire-plugin</artifactId>
          <version>${maven-surefire-plugin.version}</version>
        </plugin>
        <plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-failsafe-plugin</artifactId>
          <version>${maven-failsafe-plugin.version}</version>
        </plugin>
        <plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-jar-plugin</artifactId>
          <version>${maven-jar-plugin.version}</version>
        </plugin>
        <plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-dependency-plugin</artifactId>
          <version>${maven-dependency-plugin.version}</version>
        </plugin>
        <plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-install-plugin</artifactId>
          <version>${maven-install-plugin.version}</version>
        </plugin>
        <plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-deploy-plugin</artifactId>
          <version>${maven-deploy-plugin.version}</version>
        </plugin>
        <plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-site-plugin</artifactId>
          <version>${maven-site-plugin.version}</version>
        </plugin>
        <plugin>
          <groupId>com.google.cloud.tools</groupId>
          <artifactId>jib-maven-plugin</artifactId>
          <version>${jib-maven-plugin.version}</version>
        </plugin>
      </plugins>
    </pluginManagement>

    <plugins>
      <plugin>
        <!-- Regenerates config/crd/bases and config/rbac/role.yaml from the code on every build
             (op-boot generate crd, op-boot generate rbac) -->
        <groupId>dev.opboot</groupId>
        <artifactId>op-boot-maven-plugin</artifactId>
        <version>${op-boot.version}</version>
        <executions>
          <execution>
            <goals>
              <goal>generate-crd</goal>
              <goal>generate-rbac</goal>
              <!-- the API reference docs/api-reference.md: off unless -Dop-boot.docs.skip=false -->
              <goal>generate-docs</goal>
            </goals>
          </execution>
          <!-- op-boot:scaffold:executions -->
        </executions>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <configuration>
          <!-- JOSDK's annotation processor is not needed: reconcilers are resolved by reflection -->
          <proc>none</proc>
        </configuration>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-dependency-plugin</artifactId>
        <executions>
          <execution>
            <!-- Sets ${org.mockito:mockito-core:jar} for the surefire argLine -->
            <id>dependency-properties</id>
            <goals>
              <goal>properties</goal>
            </goals>
          </execution>
          <execution>
            <id>copy-runtime-dependencies</id>
            <phase>package</phase>
            <goals>
              <goal>copy-dependencies</goal>
            </goals>
            <configuration>
              <includeScope>runtime</includeScope>
              <outputDirectory>${project.build.directory}/lib</outputDirectory>
            </configuration>
          </execution>
        </executions>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-surefire-plugin</artifactId>
        <configuration>
          <!-- Load Mockito as an agent instead of letting it self-attach at runtime; -Xshare:off avoids
               the JVM's class data sharing warning when the agent appends to the boot class path -->
          <argLine>-javaagent:${org.mockito:mockito-core:jar} -Xshare:off</argLine>
          <systemPropertyVariables>
            <op-boot.envtest.version>${op-boot.envtest.version}</op-boot.envtest.version>
          </systemPropertyVariables>
        </configuration>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-jar-plugin</artifactId>
        <configuration>
          <archive>
            <manifest>
              <mainClass>${main.class}</mainClass>
              <addClasspath>true</addClasspath>
              <classpathPrefix>lib/</classpathPrefix>
            </manifest>
          </archive>
        </configuration>
      </plugin>
      <plugin>
        <!-- The container image, built without a Docker daemon: 'op-boot build', or by hand
             'mvn package jib:buildTar' (a tarball) / 'mvn package jib:build -Dimage=REGISTRY/NAME:TAG' (a push).
             -Djib.from.image=... picks another base: a registry image, or tar:///path/to/image.tar -->
        <groupId>com.google.cloud.tools</groupId>
        <artifactId>jib-maven-plugin</artifactId>
        <configuration>
          <from>
            <image>eclipse-temurin:17-jre</image>
          </from>
          <to>
            <image>[=project.name]:latest</image>
          </to>
          <container>
            <mainClass>${main.class}</mainClass>
            <jvmFlags>
              <jvmFlag>-XX:MaxRAMPercentage=75.0</jvmFlag>
            </jvmFlags>
            <ports>
              <port>8080</port>
              <port>8081</port>
            </ports>
            <!-- not root: the manager's pod runs with runAsNonRoot -->
            <user>65532:65532</user>
          </container>
        </configuration>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-failsafe-plugin</artifactId>
        <configuration>
          <systemPropertyVariables>
            <op-boot.envtest.version>${op-boot.envtest.version}</op-boot.envtest.version>
          </systemPropertyVariables>
        </configuration>
        <executions>
          <execution>
            <goals>
              <goal>integration-test</goal>
              <goal>verify</goal>
            </goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
