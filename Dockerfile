# syntax=docker/dockerfile:1
# Builds Telltale from source; no host build needed:
#   docker build -t telltale .
#   docker run -p 8080:8080 -v telltale-data:/var/lib/telltale telltale
# Configuration comes from the environment (TELLTALE_*, see README "Configuration").

# --- build: Maven + JDK 17 ------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies and plugins are resolved into a BuildKit cache that outlives the build, so a
# change in src/ or config/ does not download Maven Central again.
COPY pom.xml ./
COPY config ./config
COPY src ./src
# Tests need PostgreSQL and a browser; they run in CI (mvn verify), not in the image build.
# package writes target/telltale.jar: Payara Micro with ROOT.war and its flags (see pom.xml).
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests package \
 && cp target/telltale.jar /telltale.jar

# --- runtime: JRE 17 only -------------------------------------------------------------------
FROM eclipse-temurin:17-jre
# curl for the HEALTHCHECK (the base image's own tools are not a contract).
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 telltale \
 && useradd --system --uid 10001 --gid telltale --home-dir /var/lib/telltale --no-create-home telltale \
 && mkdir -p /opt/telltale /var/lib/telltale \
 && chown telltale:telltale /var/lib/telltale
COPY --from=build /telltale.jar /opt/telltale/telltale.jar

# The embedded H2 database and the generated linkage and card keys live here, unless
# TELLTALE_DATASOURCE_URL points at PostgreSQL (then set TELLTALE_LINKAGE_SECRET and
# TELLTALE_CARD_SECRET too).
ENV TELLTALE_DATA_DIR=/var/lib/telltale \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError"

# Class-data sharing (AppCDS): one training start of the service, here with this image's own JVM,
# writes a dynamic archive of the classes loaded up to ready (about 90 MB; Payara's and the
# application's class loaders included). Every start then maps it instead of loading and
# verifying those classes again: about a fifth less CPU to ready (bench/RESULTS.md).
# Data of the training start goes to a throw-away directory, never into the volume. Should the
# archive not match the JVM, Java warns and starts without it.
RUN set -e; \
    java -XX:ArchiveClassesAtExit=/opt/telltale/telltale.jsa -Dtelltale.data.dir=/tmp/cds-training \
      -jar /opt/telltale/telltale.jar > /tmp/cds-training.log 2>&1 & pid=$!; \
    for i in $(seq 1 600); do \
      if curl -fs -o /dev/null http://127.0.0.1:8080/health/ready; then break; fi; \
      kill -0 $pid || { tail -40 /tmp/cds-training.log; exit 1; }; sleep 0.5; \
    done; \
    curl -fsS -o /dev/null http://127.0.0.1:8080/health/ready; \
    kill -TERM $pid; wait $pid || true; \
    test -s /opt/telltale/telltale.jsa; \
    rm -rf /tmp/cds-training /tmp/cds-training.log /tmp/payaramicro-rt*

VOLUME /var/lib/telltale
WORKDIR /var/lib/telltale

# Numeric, so Kubernetes' runAsNonRoot can verify it.
USER 10001:10001
EXPOSE 8080

# MicroProfile Health: /health/ready is 503 while deploying and when the database is unreachable.
# Boot takes 10-20 s on 2 cores, hence the start period.
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:8080/health/ready || exit 1

# Payara Micro's runtime goes to a named directory under /tmp: each container starts with its own,
# no cleaner runs inside, and named it is not reported as a temporary location at every start.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/opt/telltale/telltale.jsa", "-jar", "/opt/telltale/telltale.jar", "--rootdir", "/tmp/payara-runtime"]
