package app.waypoint.application.service;

import app.waypoint.account.service.CurrentUser;
import app.waypoint.application.domain.ApplicationChange;
import app.waypoint.application.domain.ApplicationChangeRepository;
import app.waypoint.application.domain.ApplicationOutcome;
import app.waypoint.application.domain.ApplicationStage;
import app.waypoint.application.domain.JobApplication;
import app.waypoint.application.domain.JobApplicationRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pipeline's figures, computed from the stage history: a funnel by stage, how often sent applications got an
 * answer, time in each stage, and answers by source and company type. Three statements however many there are.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ApplicationInsightsService {

    private final JobApplicationRepository applications;
    private final ApplicationChangeRepository changes;
    private final ApplicationService service;
    private final CurrentUser currentUser;

    ApplicationInsightsService(JobApplicationRepository applications, ApplicationChangeRepository changes,
                               ApplicationService service, CurrentUser currentUser) {
        this.applications = applications;
        this.changes = changes;
        this.service = service;
        this.currentUser = currentUser;
    }

    public ApplicationInsights insights() {
        List<ApplicationStage> stages = service.stagesOf(currentUser.id());
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            position.put(stages.get(i).getId(), i);
        }
        List<JobApplication> mine = applications.findMine(currentUser.id());
        Map<Long, List<ApplicationChange>> history = mine.isEmpty() ? Map.of()
                : changes.findByApplicationIdInOrderByChangedAtAscIdAsc(mine.stream().map(JobApplication::getId).toList())
                .stream().collect(Collectors.groupingBy(ApplicationChange::getApplicationId));

        int[] reached = new int[stages.size()];
        Map<Long, List<Double>> stays = new HashMap<>();
        Map<Long, Boolean> answered = new LinkedHashMap<>();
        for (JobApplication application : mine) {
            List<ApplicationChange> entries = history.getOrDefault(application.getId(), List.of());
            int furthest = entries.stream().map(ApplicationChange::getStageId).filter(Objects::nonNull)
                    .map(position::get).filter(Objects::nonNull).max(Integer::compare).orElse(-1);
            for (int i = 0; i <= furthest; i++) {
                reached[i]++;
            }
            for (int i = 1; i < entries.size(); i++) {
                ApplicationChange before = entries.get(i - 1);
                if (before.getStageId() != null && !Objects.equals(before.getStageId(), entries.get(i).getStageId())) {
                    stays.computeIfAbsent(before.getStageId(), id -> new ArrayList<>()).add(
                            Duration.between(before.getChangedAt(), entries.get(i).getChangedAt()).toHours() / 24.0);
                }
            }
            if (furthest >= 1) {
                boolean rejected = entries.stream().anyMatch(entry -> entry.getOutcome() == ApplicationOutcome.REJECTED);
                answered.put(application.getId(), furthest >= 2 || rejected);
            }
        }
        List<ApplicationInsights.StageReach> funnel = new ArrayList<>();
        List<ApplicationInsights.StageTime> times = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            ApplicationStage stage = stages.get(i);
            funnel.add(new ApplicationInsights.StageReach(stage.getName(), reached[i]));
            List<Double> days = stays.getOrDefault(stage.getId(), List.of());
            times.add(new ApplicationInsights.StageTime(stage.getName(), median(days), days.size()));
        }
        return new ApplicationInsights(mine.size(), funnel, rate(answered.values()), times,
                byGroup(mine, answered, application -> application.getSource() == null ? null
                        : application.getSource().name()),
                byGroup(mine, answered, application -> application.getCompanyType() == null ? null
                        : application.getCompanyType().name()));
    }

    private static List<ApplicationInsights.GroupRate> byGroup(List<JobApplication> mine, Map<Long, Boolean> answered,
                                                               Function<JobApplication, String> key) {
        Map<String, List<Boolean>> groups = new LinkedHashMap<>();
        for (JobApplication application : mine) {
            Boolean got = answered.get(application.getId());
            if (got != null) {
                groups.computeIfAbsent(key.apply(application), k -> new ArrayList<>()).add(got);
            }
        }
        return groups.entrySet().stream()
                .map(group -> new ApplicationInsights.GroupRate(group.getKey(), rate(group.getValue())))
                .sorted((a, b) -> Integer.compare(b.rate().sent(), a.rate().sent())).toList();
    }

    private static ApplicationInsights.Rate rate(java.util.Collection<Boolean> answers) {
        return new ApplicationInsights.Rate((int) answers.stream().filter(Boolean::booleanValue).count(),
                answers.size());
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
