package app.waypoint.application.service;

import app.waypoint.account.service.AccountProfile;
import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.application.domain.ApplicationChange;
import app.waypoint.application.domain.ApplicationChangeRepository;
import app.waypoint.application.domain.ApplicationContact;
import app.waypoint.application.domain.ApplicationOutcome;
import app.waypoint.application.domain.ApplicationStage;
import app.waypoint.application.domain.ApplicationStageRepository;
import app.waypoint.application.domain.IllegalApplicationChangeException;
import app.waypoint.application.domain.JobApplication;
import app.waypoint.application.domain.JobApplicationRepository;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.service.TextInput;
import app.waypoint.base.service.WebLinks;
import app.waypoint.skill.domain.Skill;
import app.waypoint.skill.domain.SkillRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static app.waypoint.base.service.TextInput.blankToNull;
import static app.waypoint.base.service.TextInput.length;

/**
 * A person's job applications: adding one (with a look at earlier ones to the same company), editing it,
 * moving it through their own stages and closing or reopening it, each change kept in its history.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ApplicationService {


    private final JobApplicationRepository applications;
    private final ApplicationStageRepository stages;
    private final ApplicationChangeRepository changes;
    private final SkillRepository skills;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;

    ApplicationService(JobApplicationRepository applications, ApplicationStageRepository stages,
                       ApplicationChangeRepository changes, SkillRepository skills, CurrentUser currentUser,
                       AccountService accounts, Clock clock) {
        this.applications = applications;
        this.stages = stages;
        this.changes = changes;
        this.skills = skills;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The stages (created from the defaults on first use) and every application, in two statements however many
     * there are.
     */
    public ApplicationBoard board() {
        Instant now = clock.instant();
        return new ApplicationBoard(stages(),
                applications.findMine(currentUser.id()).stream().map(application -> card(application, now)).toList(),
                today());
    }

    /** The person's stages in order (created from the defaults on first use), without the applications. */
    public List<StageView> stages() {
        return stagesOf(currentUser.id()).stream().map(ApplicationService::view).toList();
    }

    /** Today in the person's time zone. */
    @Transactional(readOnly = true)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(accounts.currentProfile().timeZone()));
    }

    /** Adds a stage after the others. */
    public void addStage(String name, Integer silenceDays) {
        long me = currentUser.id();
        List<ApplicationStage> mine = stagesOf(me);
        checkStage(mine, null, name, silenceDays);
        stages.save(new ApplicationStage(me, name.strip(), mine.getLast().getPosition() + 1, silenceDays));
    }

    public void changeStage(long stageId, String name, Integer silenceDays, long expectedVersion) {
        List<ApplicationStage> mine = stagesOf(currentUser.id());
        ApplicationStage stage = stageOf(mine, stageId);
        if (stage.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        checkStage(mine, stage, name, silenceDays);
        stage.change(name.strip(), silenceDays);
        try {
            stages.saveAndFlush(stage);
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentEditException();
        }
    }

    /** Swaps a stage with its neighbour before ({@code -1}) or after ({@code +1}); at an end nothing moves. */
    public void moveStage(long stageId, int direction) {
        List<ApplicationStage> mine = new ArrayList<>(stagesOf(currentUser.id()));
        int index = mine.indexOf(stageOf(mine, stageId));
        int other = index + Integer.signum(direction);
        if (other < 0 || other >= mine.size() || other == index) {
            return;
        }
        java.util.Collections.swap(mine, index, other);
        for (int i = 0; i < mine.size(); i++) {
            mine.get(i).moveTo(i);
        }
    }

    /** Deletes a stage no application is in; the last stage stays. */
    public void deleteStage(long stageId) {
        List<ApplicationStage> mine = stagesOf(currentUser.id());
        ApplicationStage stage = stageOf(mine, stageId);
        if (mine.size() == 1) {
            throw new NotAllowedException("application.stage.last");
        }
        if (applications.existsByStageId(stageId)) {
            throw new NotAllowedException("application.stage.in-use");
        }
        stages.delete(stage);
    }

    @Transactional(readOnly = true)
    public ApplicationDetails application(long applicationId) {
        JobApplication application = owned(applicationId);
        List<HistoryEntry> history = changes.findByApplicationIdOrderByChangedAtAscIdAsc(applicationId).stream()
                .map(change -> new HistoryEntry(change.getChangedAt(), change.getStageName(), change.getOutcome()))
                .toList();
        return new ApplicationDetails(card(application, clock.instant()), draft(application), history);
    }

    /** Earlier applications to this company (ignoring case and spaces) or to this very posting. */
    @Transactional(readOnly = true)
    public List<EarlierApplication> earlier(String company, String postingUrl) {
        if (blankToNull(company) == null && blankToNull(postingUrl) == null) {
            return List.of();
        }
        return applications.findEarlier(currentUser.id(), companyKey(company), blankToNull(postingUrl)).stream()
                .map(found -> new EarlierApplication(found.getId(), found.getCompany(), found.getRole(),
                        found.getStage().getName(), found.getOutcome(), found.getAppliedOn()))
                .toList();
    }

    /** Adds an application in the first stage (or {@code stageId}), its history starting now. */
    public long add(ApplicationDraft draft, Long stageId) {
        check(draft);
        long me = currentUser.id();
        List<ApplicationStage> mine = stagesOf(me);
        ApplicationStage stage = stageId == null ? mine.getFirst() : stageOf(mine, stageId);
        JobApplication application = new JobApplication(me, draft.company().strip(), draft.role().strip(), stage,
                clock.instant());
        write(application, draft);
        applications.save(application);
        changes.save(application.started());
        return application.getId();
    }

    public void update(long applicationId, ApplicationDraft draft, long expectedVersion) {
        check(draft);
        JobApplication application = current(applicationId, expectedVersion);
        write(application, draft);
        flush(application);
    }

    public void move(long applicationId, long stageId, long expectedVersion) {
        JobApplication application = current(applicationId, expectedVersion);
        ApplicationStage stage = stageOf(stagesOf(currentUser.id()), stageId);
        record(application, () -> application.moveTo(stage, clock.instant()));
    }

    public void close(long applicationId, ApplicationOutcome outcome, long expectedVersion) {
        JobApplication application = current(applicationId, expectedVersion);
        record(application, () -> application.close(outcome, clock.instant()));
    }

    public void reopen(long applicationId, long expectedVersion) {
        JobApplication application = current(applicationId, expectedVersion);
        record(application, () -> application.reopen(clock.instant()));
    }

    public void delete(long applicationId) {
        applications.delete(owned(applicationId));
    }

    /**
     * Follow-ups due by {@code until} (overdue ones too) and open applications silent for longer than their
     * stage allows, soonest first; one statement.
     */
    @Transactional(readOnly = true)
    public List<ApplicationReminder> reminders(LocalDate until) {
        Instant now = clock.instant();
        ZoneId zone = accounts.currentProfile().timeZone();
        List<ApplicationReminder> reminders = new ArrayList<>();
        for (JobApplication application : applications.findMine(currentUser.id())) {
            if (application.getOutcome().isClosed()) {
                continue;
            }
            if (application.isSilentOn(now)) {
                reminders.add(new ApplicationReminder(application.getId(), application.getCompany(),
                        application.getRole(), ApplicationReminder.Kind.SILENT,
                        application.getChangedAt().atZone(zone).toLocalDate()));
            } else if (application.getFollowUpOn() != null && !application.getFollowUpOn().isAfter(until)) {
                reminders.add(new ApplicationReminder(application.getId(), application.getCompany(),
                        application.getRole(), ApplicationReminder.Kind.FOLLOW_UP, application.getFollowUpOn()));
            }
        }
        reminders.sort(Comparator.comparing(ApplicationReminder::date));
        return reminders;
    }

    /**
     * Adds an application as a file describes it: its history replayed through the guarded moves with the times
     * it gives (else it starts now in {@code stageName}, or the first stage, with {@code outcome}). A stage name the
     * person does not have yet becomes a new stage after the others.
     */
    void addImported(ApplicationDraft draft, String stageName, ApplicationOutcome outcome, List<HistoryEntry> history) {
        long me = currentUser.id();
        List<ApplicationStage> mine = new ArrayList<>(stagesOf(me));
        List<HistoryEntry> steps = history.isEmpty()
                ? List.of(new HistoryEntry(clock.instant(), stageName == null ? mine.getFirst().getName() : stageName,
                outcome))
                : history;
        HistoryEntry first = steps.getFirst();
        JobApplication application = new JobApplication(me, draft.company().strip(), draft.role().strip(),
                stageNamed(mine, first.stageName()), first.at());
        write(application, draft);
        applications.save(application);
        changes.save(application.started());
        ApplicationOutcome current = ApplicationOutcome.OPEN;
        for (HistoryEntry step : steps) {
            ApplicationStage stage = stageNamed(mine, step.stageName());
            if (!stage.getId().equals(application.getStage().getId()) && !current.isClosed()) {
                changes.save(application.moveTo(stage, step.at()));
            }
            if (step.outcome() != current) {
                changes.save(step.outcome().isClosed() ? application.close(step.outcome(), step.at())
                        : application.reopen(step.at()));
                current = step.outcome();
            }
        }
    }

    private ApplicationStage stageNamed(List<ApplicationStage> mine, String name) {
        return mine.stream().filter(stage -> stage.getName().equalsIgnoreCase(name.strip())).findFirst()
                .orElseGet(() -> {
                    ApplicationStage added = stages.save(new ApplicationStage(currentUser.id(),
                            TextInput.firstCodePoints(name.strip(), ApplicationStage.MAX_NAME),
                            mine.getLast().getPosition() + 1, null));
                    mine.add(added);
                    return added;
                });
    }

    /** The person's stages, created from the defaults in their language on first use. */
    List<ApplicationStage> stagesOf(long me) {
        List<ApplicationStage> mine = stages.findByOwnerIdOrderByPositionAscIdAsc(me);
        if (!mine.isEmpty()) {
            return mine;
        }
        AccountProfile profile = accounts.currentProfile();
        List<ApplicationStage> created = new ArrayList<>();
        for (int i = 0; i < DefaultStages.ALL.size(); i++) {
            DefaultStages.Stage stage = DefaultStages.ALL.get(i);
            created.add(new ApplicationStage(me, DefaultStages.name(stage, profile.language()), i,
                    stage.silenceDays()));
        }
        return stages.saveAll(created);
    }

    private static ApplicationStage stageOf(List<ApplicationStage> mine, long stageId) {
        return mine.stream().filter(candidate -> candidate.getId() == stageId).findFirst()
                .orElseThrow(() -> new NotFoundException("stage " + stageId));
    }

    private static void checkStage(List<ApplicationStage> mine, ApplicationStage changed, String name,
                                   Integer silenceDays) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "application.stage.name.required"));
        } else if (length(name.strip()) > ApplicationStage.MAX_NAME) {
            problems.add(new FieldProblem("name", "application.stage.name.too-long"));
        } else if (mine.stream().anyMatch(other -> other != changed
                && other.getName().equalsIgnoreCase(name.strip()))) {
            problems.add(new FieldProblem("name", "application.stage.name.taken"));
        }
        if (silenceDays != null && (silenceDays < 1 || silenceDays > ApplicationStage.MAX_SILENCE_DAYS)) {
            problems.add(new FieldProblem("silenceDays", "application.stage.silence.range"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void record(JobApplication application, java.util.function.Supplier<ApplicationChange> change) {
        ApplicationChange made;
        try {
            made = change.get();
        } catch (IllegalApplicationChangeException illegal) {
            throw new NotAllowedException(illegal.messageKey());
        }
        flush(application);
        changes.save(made);
    }

    private void flush(JobApplication application) {
        try {
            applications.saveAndFlush(application);
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentEditException();
        }
    }

    private JobApplication current(long applicationId, long expectedVersion) {
        JobApplication application = owned(applicationId);
        if (application.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return application;
    }

    /** Someone else's application and one that does not exist look the same: not found. */
    private JobApplication owned(long applicationId) {
        return applications.findOwned(applicationId, currentUser.id())
                .orElseThrow(() -> new NotFoundException("application " + applicationId));
    }

    private void write(JobApplication application, ApplicationDraft draft) {
        application.describe(draft.company().strip(), draft.role().strip(), blankToNull(draft.postingUrl()),
                draft.companyType(), draft.source(), blankToNull(draft.location()), blankToNull(draft.salary()),
                draft.postingDeadline(), draft.appliedOn(), draft.followUpOn(), blankToNull(draft.resumeVersion()),
                blankToNull(draft.notes()), normalizedTags(draft.tags()));
        application.replaceContacts(draft.contacts() == null ? List.of() : draft.contacts().stream()
                .filter(contact -> blankToNull(contact.name()) != null)
                .map(contact -> new ApplicationContact(contact.name().strip(), blankToNull(contact.role()),
                        blankToNull(contact.reach())))
                .toList());
        Set<String> keys = draft.skillKeys() == null ? Set.of() : draft.skillKeys();
        List<Skill> chosen = keys.isEmpty() ? List.of() : skills.findByRetiredFalseOrderByPosition().stream()
                .filter(skill -> keys.contains(skill.getKey())).toList();
        application.replaceSkills(chosen);
    }

    private static ApplicationCard card(JobApplication application, Instant now) {
        return new ApplicationCard(application.getId(), application.getCompany(), application.getRole(),
                application.getStage().getId(), application.getStage().getName(), application.getOutcome(),
                application.getCompanyType(), application.getSource(), application.getAppliedOn(),
                application.getFollowUpOn(), application.getChangedAt(), application.isSilentOn(now),
                application.getTags(), application.getVersion());
    }

    private static ApplicationDraft draft(JobApplication application) {
        return new ApplicationDraft(application.getCompany(), application.getRole(), application.getPostingUrl(),
                application.getCompanyType(), application.getSource(), application.getLocation(),
                application.getSalary(), application.getPostingDeadline(), application.getAppliedOn(),
                application.getFollowUpOn(), application.getResumeVersion(), application.getNotes(),
                application.getTags(),
                application.getContacts().stream()
                        .map(contact -> new ContactDraft(contact.name(), contact.role(), contact.reach())).toList(),
                new TreeSet<>(application.getSkills().stream().map(Skill::getKey).toList()));
    }

    private static StageView view(ApplicationStage stage) {
        return new StageView(stage.getId(), stage.getName(), stage.getPosition(), stage.getSilenceDays(),
                stage.getVersion());
    }

    /** The same company however it was typed: lower case, without spaces. */
    static String companyKey(String company) {
        return company == null ? "" : company.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    private static String normalizedTags(String tags) {
        if (blankToNull(tags) == null) {
            return null;
        }
        return String.join(", ", java.util.Arrays.stream(tags.split(",")).map(String::strip)
                .filter(tag -> !tag.isEmpty()).distinct().toList());
    }

    /** Checks every field at once, so a form can mark all its bad fields in one go. */
    static void check(ApplicationDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "company", draft.company(), JobApplication.MAX_COMPANY);
        required(problems, "role", draft.role(), JobApplication.MAX_ROLE);
        if (blankToNull(draft.postingUrl()) != null && !WebLinks.isHttp(draft.postingUrl())) {
            problems.add(new FieldProblem("postingUrl", "application.url.bad"));
        }
        optional(problems, "location", draft.location(), JobApplication.MAX_LOCATION);
        optional(problems, "salary", draft.salary(), JobApplication.MAX_SALARY);
        optional(problems, "resumeVersion", draft.resumeVersion(), JobApplication.MAX_RESUME);
        optional(problems, "notes", draft.notes(), JobApplication.MAX_NOTES);
        optional(problems, "tags", draft.tags(), JobApplication.MAX_TAGS);
        if (draft.contacts() != null) {
            if (draft.contacts().size() > JobApplication.MAX_CONTACTS) {
                problems.add(new FieldProblem("contacts", "application.contacts.too-many"));
            }
            for (ContactDraft contact : draft.contacts()) {
                if (length(contact.name()) > ApplicationContact.MAX_NAME || length(contact.role()) > ApplicationContact.MAX_ROLE
                        || length(contact.reach()) > ApplicationContact.MAX_REACH) {
                    problems.add(new FieldProblem("contacts", "application.contacts.too-long"));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void required(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "application." + field + ".required"));
        } else {
            optional(problems, field, value.strip(), max);
        }
    }

    private static void optional(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && length(value) > max) {
            problems.add(new FieldProblem(field, "application." + field + ".too-long"));
        }
    }
}
