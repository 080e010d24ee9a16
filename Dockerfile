# Builds the production jar and runs it on a JRE, with Spring AOT and the JDK's ahead-of-time cache for a quick start.
# Use with docker-compose.yml (PostgreSQL + app).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -Pproduction -DskipTests -pl ui -am package

# The cache belongs to one JVM and one class path, spelled the same way: it is recorded on the runtime image, with
# the jar at the very path the app runs it from, by a training run that starts the app on its embedded database,
# waits until it is ready, opens a page and stops it. The training run uses the same options as the app.
FROM eclipse-temurin:25-jre AS train
WORKDIR /home/waypoint
COPY --from=build /src/ui/target/waypoint.jar /tmp/waypoint.jar
COPY --from=build /src/docker/train-aot-cache.sh /tmp/train-aot-cache.sh
RUN java -Djarmode=tools -jar /tmp/waypoint.jar extract --destination app \
    && WAYPOINT_DATA_DIR=/tmp/training-db bash /tmp/train-aot-cache.sh /home/waypoint/app/waypoint.aot \
       -XX:MaxRAMPercentage=75 -Dspring.aot.enabled=true -jar /home/waypoint/app/waypoint.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --create-home waypoint
USER waypoint
WORKDIR /home/waypoint
COPY --from=train /home/waypoint/app /home/waypoint/app
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:AOTCache=/home/waypoint/app/waypoint.aot", \
            "-Dspring.aot.enabled=true", "-jar", "/home/waypoint/app/waypoint.jar"]
