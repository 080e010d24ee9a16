package app.waypoint.roadmap.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.roadmap.domain.Roadmap;
import app.waypoint.roadmap.domain.RoadmapRepository;
import app.waypoint.skill.domain.Skill;
import app.waypoint.skill.domain.SkillRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Stores a person's own roadmap from a document, the way an import will: a checked document, a roadmap owned
 * by the account, its outline made by {@link RoadmapContentApplier}, all in one transaction.
 */
@Component
public class CustomRoadmaps {

    private final RoadmapRepository roadmaps;
    private final SkillRepository skills;
    private final RoadmapContentApplier applier;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CustomRoadmaps(RoadmapRepository roadmaps, SkillRepository skills, RoadmapContentApplier applier,
                   PlatformTransactionManager transactions, Clock clock) {
        this.roadmaps = roadmaps;
        this.skills = skills;
        this.applier = applier;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Creates the roadmap {@code document.key()} owned by the account; returns its id. */
    public long create(long ownerId, RoadmapDocument document) {
        return store(Roadmap.ownedBy(ownerId, document.key(), clock.instant()), document);
    }

    /** Creates a built-in roadmap everyone sees; the test deletes it afterwards, as a reset keeps built-ins. */
    public long createBuiltIn(RoadmapDocument document) {
        return store(Roadmap.builtIn(document.key(), clock.instant()), document);
    }

    private long store(Roadmap newRoadmap, RoadmapDocument document) {
        return transaction.execute(status -> {
            Map<String, Skill> skillsByKey = skills.findAll().stream()
                    .collect(Collectors.toMap(Skill::getKey, Function.identity()));
            List<ContentProblem> problems = RoadmapDocumentCheck.problemsOf(document, skillsByKey.keySet());
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Test roadmap " + document.key() + " is invalid: " + problems);
            }
            Roadmap roadmap = newRoadmap;
            roadmap.describe(document.title(), document.description());
            roadmap = roadmaps.save(roadmap);
            applier.apply(roadmap, document, skillsByKey);
            return roadmap.getId();
        });
    }

    /**
     * A generated document: stages {@code s1…}, topics {@code <key>-s1-t1…} (each building Python and Docker,
     * with one resource) and sub-topics {@code <key>-s1-t1-u1…}. Stages have an estimate of 1–2 months.
     */
    public static RoadmapDocument generated(String key, int stages, int topicsPerStage, int subtopicsPerTopic) {
        return new RoadmapDocument(key, 1, text("Roadmap " + key), text("Generated for tests"),
                IntStream.rangeClosed(1, stages).mapToObj(s -> new RoadmapDocument.Stage(key + "-s" + s,
                        text("Stage " + s), new RoadmapDocument.Months(1, 2),
                        IntStream.rangeClosed(1, topicsPerStage).mapToObj(t -> {
                            String topicKey = key + "-s" + s + "-t" + t;
                            return new RoadmapDocument.Topic(topicKey, text("Topic " + s + "." + t),
                                    text("About topic " + s + "." + t), List.of("python", "docker"),
                                    IntStream.rangeClosed(1, subtopicsPerTopic)
                                            .mapToObj(u -> new RoadmapDocument.Subtopic(topicKey + "-u" + u,
                                                    text("Sub-topic " + s + "." + t + "." + u)))
                                            .toList(),
                                    List.of(new RoadmapDocument.Resource("link", "Docs " + topicKey,
                                            "https://example.com/" + topicKey)));
                        }).toList()))
                        .toList());
    }

    static LocalizedText text(String english) {
        return new LocalizedText("[ko] " + english, english);
    }
}
