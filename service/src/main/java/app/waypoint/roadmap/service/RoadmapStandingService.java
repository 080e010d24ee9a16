package app.waypoint.roadmap.service;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.SqlValues;
import app.waypoint.roadmap.domain.NodeKind;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.domain.RoadmapNodeRepository;
import app.waypoint.skill.service.SkillService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roadmap a person follows, summed up for the home page in one statement: the one they planned last, else
 * the first built-in one.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class RoadmapStandingService {

    private final RoadmapNodeRepository nodes;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;

    RoadmapStandingService(RoadmapNodeRepository nodes, CurrentUser currentUser, AccountService accounts,
                           Clock clock) {
        this.nodes = nodes;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    public RoadmapStanding standing() {
        List<Object[]> rows = nodes.findFollowedOutline(currentUser.id(), SkillService.UNMEASURED_DEMAND_WEIGHT);
        if (rows.isEmpty()) {
            return RoadmapStanding.NONE;
        }
        Map<Long, Stage> stages = new LinkedHashMap<>();
        List<Object[]> topicRows = new ArrayList<>();
        for (Object[] row : rows) {
            if (NodeKind.valueOf((String) row[2]) == NodeKind.STAGE) {
                stages.put(number(row[0]), new Stage((String) row[16], ((Number) row[3]).intValue(),
                        integer(row[6]), integer(row[7]), new ArrayList<>()));
            } else {
                topicRows.add(row);
            }
        }
        for (Object[] row : topicRows) {
            Stage stage = row[1] == null ? null : stages.get(number(row[1]));
            if (stage != null) {
                ProgressStatus status = row[8] == null ? ProgressStatus.NOT_STARTED : ProgressStatus.valueOf((String) row[8]);
                stage.topics().add(new Topic(number(row[0]), ((Number) row[3]).intValue(),
                        new LocalizedText((String) row[4], (String) row[5]), status, ((Number) row[9]).intValue()));
            }
        }
        return standing(rows.getFirst(), stages.values().stream()
                .sorted((a, b) -> Integer.compare(a.position(), b.position())).toList());
    }

    private RoadmapStanding standing(Object[] first, List<Stage> stages) {
        Progress overall = Progress.NONE;
        int weightedDone = 0;
        int weightCounted = 0;
        boolean touched = false;
        RoadmapStanding.NextTopic inProgress = null;
        RoadmapStanding.NextTopic notStarted = null;
        List<PlanProjector.StageEffort> efforts = new ArrayList<>();
        for (Stage stage : stages) {
            List<Topic> topics = stage.topics().stream()
                    .sorted((a, b) -> Integer.compare(a.position(), b.position())).toList();
            Progress progress = Progress.of(topics.stream().map(Topic::status).toList());
            PlanProjector.StageEffort effort = new PlanProjector.StageEffort(stage.key(),
                    stage.minMonths(), stage.maxMonths(), topics.size(), progress);
            efforts.add(effort);
            overall = overall.plus(progress);
            for (Topic topic : topics) {
                touched |= topic.status() != ProgressStatus.NOT_STARTED;
                if (topic.status() != ProgressStatus.SKIPPED) {
                    weightCounted += topic.weight();
                }
                if (topic.status() == ProgressStatus.DONE) {
                    weightedDone += topic.weight();
                }
                RoadmapStanding.NextTopic next = new RoadmapStanding.NextTopic(topic.id(), topic.title(),
                        topic.status() == ProgressStatus.IN_PROGRESS, topic.weight(), effort.hoursPerTopic());
                if (inProgress == null && topic.status() == ProgressStatus.IN_PROGRESS) {
                    inProgress = next;
                }
                if (notStarted == null && topic.status() == ProgressStatus.NOT_STARTED) {
                    notStarted = next;
                }
            }
        }
        PlanProjection plan = first[13] == null ? null : PlanProjector.projectEfforts(SqlValues.localDate(first[13]),
                ((Number) first[14]).intValue(), ((Number) first[15]).longValue(), efforts, today());
        return new RoadmapStanding((String) first[10], new LocalizedText((String) first[11], (String) first[12]),
                overall, weightedDone, weightCounted, inProgress != null ? inProgress : notStarted, plan,
                touched || plan != null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(accounts.currentProfile().timeZone()));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private record Stage(String key, int position, Integer minMonths, Integer maxMonths, List<Topic> topics) {
    }

    private record Topic(long id, int position, LocalizedText title, ProgressStatus status, int weight) {
    }
}
