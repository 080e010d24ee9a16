package app.waypoint.roadmap.service;

import app.waypoint.base.domain.ClusterLock;
import app.waypoint.base.service.ContentFormat;
import app.waypoint.roadmap.domain.Roadmap;
import app.waypoint.roadmap.domain.RoadmapRepository;
import app.waypoint.skill.domain.Skill;
import app.waypoint.skill.service.SkillCatalogDocument;
import app.waypoint.skill.service.SkillCatalogLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Loads the built-in skills and roadmaps from {@code content/} at startup. A roadmap file is applied when
 * its version is newer than the one in the database, so restarts do no work and updates keep progress. Instances
 * starting at once take turns through a cluster lock, so one loads and the others find it loaded.
 */
@Component
public class BuiltInContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BuiltInContent.class);
    static final String LOCK = "built-in content";

    private final SkillCatalogLoader skillLoader;
    private final RoadmapContentApplier applier;
    private final RoadmapRepository roadmaps;
    private final ClusterLock clusterLock;
    private final Clock clock;

    BuiltInContent(SkillCatalogLoader skillLoader, RoadmapContentApplier applier, RoadmapRepository roadmaps,
                   ClusterLock clusterLock, Clock clock) {
        this.clusterLock = clusterLock;
        this.skillLoader = skillLoader;
        this.applier = applier;
        this.roadmaps = roadmaps;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        clusterLock.holdUntilCommit(LOCK);
        Map<String, Skill> skills = skillLoader.apply(read("classpath:content/skills.yaml", SkillCatalogDocument.class));
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:content/roadmaps/*.yaml")) {
            try (InputStream in = file.getInputStream()) {
                load(ContentFormat.YAML.mapper().readValue(in, RoadmapDocument.class), skills);
            }
        }
    }

    /** Applies one built-in roadmap document if it is newer than what is stored. */
    @Transactional
    public void load(RoadmapDocument document, Map<String, Skill> skills) {
        List<ContentProblem> problems = RoadmapDocumentCheck.problemsOf(document, skills.keySet());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Built-in roadmap " + document.key() + " is invalid: " + problems);
        }
        Roadmap roadmap = roadmaps.findByKey(document.key())
                .orElseGet(() -> Roadmap.builtIn(document.key(), clock.instant()));
        int version = document.version() == null ? 0 : document.version();
        if (roadmap.getId() != null && roadmap.getContentVersion() >= version) {
            return;
        }
        roadmap.describe(document.title(), document.description());
        roadmap = roadmaps.save(roadmap);
        applier.apply(roadmap, document, skills);
        roadmap.contentApplied(version);
        log.info("Built-in roadmap {} is now at content version {}", document.key(), version);
    }

    private static <T> T read(String location, Class<T> type) {
        try (InputStream in = new PathMatchingResourcePatternResolver().getResource(location).getInputStream()) {
            return ContentFormat.YAML.mapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location, e);
        }
    }
}
