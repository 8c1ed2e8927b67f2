# syntax=docker/dockerfile:1

# Build stage: compiles the operator and collects its runtime dependencies in target/lib.
FROM maven:3.9-eclipse-temurin-17 AS builder
WORKDIR /workspace
COPY pom.xml .
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 mvn -B -q package -DskipTests

# Runtime stage: a JRE only, running as a non-root user.
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=builder /workspace/target/lib/ /app/lib/
COPY --from=builder /workspace/target/[=project.artifactId].jar /app/[=project.artifactId].jar
USER 65532:65532
EXPOSE 8080 8081
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75.0", "-jar", "/app/[=project.artifactId].jar"]
