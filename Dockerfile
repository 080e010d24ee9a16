# Builds the production jar and runs it on a JRE. Use with docker-compose.yml (PostgreSQL + app).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -Pproduction -DskipTests -pl ui -am package

FROM eclipse-temurin:25-jre
RUN useradd --system --create-home waypoint
USER waypoint
WORKDIR /home/waypoint
COPY --from=build /src/ui/target/waypoint.jar /home/waypoint/waypoint.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/home/waypoint/waypoint.jar"]
