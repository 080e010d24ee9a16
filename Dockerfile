# Builds the production jar and runs it on a JRE, with the JDK's ahead-of-time cache for a quick start.
# Use with docker-compose.yml (PostgreSQL + app).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -Pproduction -DskipTests -pl ui -am package

# The cache belongs to one JVM and one class path: it is recorded on the runtime image, at the path the app runs
# from, by a training run that starts the app on its embedded database and exits once it is ready.
FROM eclipse-temurin:25-jre AS train
WORKDIR /home/waypoint
COPY --from=build /src/ui/target/waypoint.jar /tmp/waypoint.jar
RUN java -Djarmode=tools -jar /tmp/waypoint.jar extract --destination app \
    && cd app \
    && WAYPOINT_DATA_DIR=/tmp/training-db java -XX:AOTCacheOutput=waypoint.aot -Dspring.context.exit=onRefresh \
       -jar waypoint.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --create-home waypoint
USER waypoint
WORKDIR /home/waypoint
COPY --from=train /home/waypoint/app /home/waypoint/app
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:AOTCache=/home/waypoint/app/waypoint.aot", \
            "-jar", "/home/waypoint/app/waypoint.jar"]
