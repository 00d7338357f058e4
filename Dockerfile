# Build first: mvn -DskipTests package  (produces target/ROOT.war)
# Then:        docker build -t telltale . && docker run -p 8080:8080 -v telltale-data:/opt/payara/data telltale
FROM payara/micro:6.2025.10-jdk17

# The WAR deploys at the root context (/api/v1/..., /webhooks/..., /health).
COPY target/ROOT.war ${DEPLOY_DIR}/ROOT.war

# Embedded storage lives here unless TELLTALE_DATASOURCE_URL points at PostgreSQL.
ENV TELLTALE_DATA_DIR=/opt/payara/data
USER root
RUN mkdir -p /opt/payara/data && chown payara /opt/payara/data
USER payara
VOLUME /opt/payara/data

EXPOSE 8080
CMD ["--deploymentDir", "/opt/payara/deployments", "--nohazelcast", "--port", "8080"]
