package app.waypoint;

import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.LoginAuthenticationProvider;
import app.waypoint.account.service.ProfileUpdate;
import app.waypoint.account.service.SignUpRequest;
import app.waypoint.application.domain.RoundKind;
import app.waypoint.application.service.ApplicationCsvService;
import app.waypoint.application.service.ApplicationDraft;
import app.waypoint.application.service.ApplicationService;
import app.waypoint.application.service.ContactDraft;
import app.waypoint.application.service.CsvPreview;
import app.waypoint.application.service.InterviewRoundService;
import app.waypoint.application.service.RoundDraft;
import app.waypoint.application.service.StageView;
import app.waypoint.base.domain.Language;
import app.waypoint.base.service.ContentFormat;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.service.TextInput;
import app.waypoint.group.service.GroupService;
import app.waypoint.group.service.PairingService;
import app.waypoint.group.service.SessionService;
import app.waypoint.interview.domain.MockInterviewKind;
import app.waypoint.interview.domain.ProblemDifficulty;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.service.ChecklistService;
import app.waypoint.interview.service.MockInterviewDraft;
import app.waypoint.interview.service.MockInterviewView;
import app.waypoint.interview.service.MockInterviewService;
import app.waypoint.interview.service.ProblemService;
import app.waypoint.interview.service.QuestionBankService;
import app.waypoint.interview.service.StoryDraft;
import app.waypoint.interview.service.StoryService;
import app.waypoint.portfolio.domain.ResultDirection;
import app.waypoint.portfolio.service.ProjectBoardService;
import app.waypoint.portfolio.service.ProjectDetails;
import app.waypoint.portfolio.service.ProjectRecordsService;
import app.waypoint.portfolio.service.ProjectService;
import app.waypoint.portfolio.service.TeamProjectService;
import app.waypoint.roadmap.service.ContentProblem;
import app.waypoint.roadmap.service.CustomRoadmapService;
import app.waypoint.roadmap.service.RoadmapStructureService;
import app.waypoint.roadmap.service.TopicDraft;
import app.waypoint.roadmap.domain.LearningResource;
import app.waypoint.roadmap.domain.ResourceKind;
import app.waypoint.roadmap.service.InvalidRoadmapFileException;
import app.waypoint.roadmap.service.RoadmapService;
import app.waypoint.skill.service.SkillService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every form field's service method receives hostile text. None may end in a server error: each value is either
 * refused with a message both languages have, or stored exactly as typed (trimmed) and found again in the
 * database. Text with hidden characters is always refused.
 */
@SpringBootTest
class HostileInputTest {

    private static final Map<String, String> HOSTILE = new LinkedHashMap<>();

    static {
        HOSTILE.put("10,000 characters", "긴".repeat(10_000));
        HOSTILE.put("1,000,000 characters", "a".repeat(1_000_000));
        HOSTILE.put("NUL", "before\u0000after");
        HOSTILE.put("bell and terminal escape", "ring\u0007 \u001b[31mred");
        HOSTILE.put("C1 control", "next\u0085line");
        HOSTILE.put("right-to-left override", "invoice\u202Egpj.exe");
        HOSTILE.put("lone surrogate", "broken \uD83D emoji");
        HOSTILE.put("emoji", "🎉 합격 👩‍💻");
        HOSTILE.put("HTML and script", "<script>alert('x')</script><img src=x onerror=alert(1)>");
        HOSTILE.put("SQL", "'; drop table account; --");
        HOSTILE.put("CSV formula", "=HYPERLINK(\"http://evil.example\",\"click\")");
        HOSTILE.put("tabs and line breaks", "first\n\tsecond\r\nthird");
        HOSTILE.put("only spaces", "   ");
    }

    private static final Properties ENGLISH = bundle("translations.properties");
    private static final Properties KOREAN = bundle("translations_ko.properties");

    @Autowired TestDatabase database;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountFixtures fixtures;
    @Autowired AccountService accounts;
    @Autowired LoginAuthenticationProvider login;
    @Autowired GroupService groups;
    @Autowired SessionService sessions;
    @Autowired PairingService pairing;
    @Autowired ProjectService projects;
    @Autowired ProjectRecordsService projectRecords;
    @Autowired ProjectBoardService projectBoard;
    @Autowired TeamProjectService teamProjects;
    @Autowired RoadmapService roadmaps;
    @Autowired CustomRoadmapService customRoadmaps;
    @Autowired RoadmapStructureService structure;
    @Autowired ApplicationService applications;
    @Autowired ApplicationCsvService applicationCsv;
    @Autowired InterviewRoundService rounds;
    @Autowired ProblemService problems;
    @Autowired ChecklistService checklists;
    @Autowired QuestionBankService questions;
    @Autowired StoryService stories;
    @Autowired MockInterviewService mockInterviews;
    @Autowired SkillService skills;

    private final AtomicInteger unique = new AtomicInteger();

    @AfterEach
    void signOut() {
        AccountFixtures.logOut();
    }

    /** A form field: what it needs to exist first, and how a value typed into it reaches its service. */
    private record FormField(String name, boolean keepsText, Supplier<Long> setup, BiConsumer<Long, String> store) {
    }

    @TestFactory
    Stream<DynamicTest> everyFormFieldRefusesOrKeepsHostileText() {
        return formFields().stream().map(field -> DynamicTest.dynamicTest(field.name(), () -> sweep(field)));
    }

    private void sweep(FormField field) {
        database.reset();
        fixtures.signUpAndLogIn("hostile@example.com");
        long parent = field.setup().get();
        List<String> wrong = new ArrayList<>();
        HOSTILE.forEach((kind, value) -> {
            try {
                field.store().accept(parent, value);
                if (TextSample.hidden(value)) {
                    wrong.add(kind + ": stored although it holds hidden characters");
                } else if (field.keepsText() && !value.isBlank() && !storedIntact(value.strip())) {
                    wrong.add(kind + ": stored, but not as typed");
                }
            } catch (InvalidInputException refused) {
                for (FieldProblem problem : refused.problems()) {
                    if (!ENGLISH.containsKey(problem.messageKey()) || !KOREAN.containsKey(problem.messageKey())) {
                        wrong.add(kind + ": refused with " + problem.messageKey() + ", which a language lacks");
                    }
                }
            } catch (NotFoundException unknownKey) {
                // a key that names nothing (a roadmap, a skill) is answered as not found, with its own message
            } catch (RuntimeException serverError) {
                wrong.add(kind + ": " + TextInput.firstCodePoints(serverError.toString(), 300));
            }
        });
        assertThat(wrong).as(field.name()).isEmpty();
    }

    @Test
    void signingInWithHostileTextIsADeniedSignInAndNothingElse() {
        database.reset();
        fixtures.signUp("hostile@example.com", "Hostile");
        HOSTILE.forEach((kind, value) -> {
            assertThatThrownBy(() -> login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(value,
                    AccountFixtures.PASSWORD))).as(kind + " as the email").isInstanceOf(AuthenticationException.class);
            assertThatThrownBy(() -> login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    "someone-" + unique.incrementAndGet() + "@example.com", value))).as(kind + " as the password")
                    .isInstanceOf(AuthenticationException.class);
        });
    }

    @Test
    void aSpreadsheetOfHostileCellsIsPreviewedRowByRowAndImportsOnlyTheCleanRows() {
        database.reset();
        fixtures.signUpAndLogIn("hostile@example.com");
        StringBuilder csv = new StringBuilder("company,role,deadline,notes\n");
        HOSTILE.forEach((kind, value) -> {
            if (value.length() < 20_000) {
                csv.append(quoted(value)).append(",Backend,2026-02-30,").append(quoted(value)).append('\n');
                csv.append(quoted(value)).append(",Backend,+999999-12-31,").append('\n');
                csv.append(quoted(value)).append(",Backend,2026-12-31,").append(quoted(value)).append('\n');
            }
        });

        CsvPreview preview = applicationCsv.preview(csv.toString().getBytes(StandardCharsets.UTF_8));
        int imported = applicationCsv.importFile(csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(preview.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.problems())
                .allSatisfy(key -> assertThat(ENGLISH).containsKey(key)));
        long clean = preview.rows().stream().filter(row -> row.problems().isEmpty()).count();
        assertThat(imported).isEqualTo(clean).isPositive();
        assertThat(applications.board().applications()).allSatisfy(card ->
                assertThat(TextSample.hidden(card.company())).isFalse());
        assertThat(storedIntact("<script>alert('x')</script><img src=x onerror=alert(1)>")).isTrue();
    }

    @Test
    void aRoadmapFileWithHiddenCharactersIsRefusedWithTheirPlace() {
        database.reset();
        fixtures.signUpAndLogIn("hostile@example.com");
        String file = """
                {"title": {"ko": "로드맵\u202E", "en": "Roadmap"},
                 "stages": [{"key": "first", "title": {"ko": "첫 단계", "en": "First\\u0000stage"},
                   "topics": [{"key": "topic-one", "title": {"ko": "<script>alert(1)</script>", "en": "Topic"}}]}]}
                """;

        assertThatThrownBy(() -> customRoadmaps.importFile(file.getBytes(StandardCharsets.UTF_8), ContentFormat.JSON))
                .isInstanceOfSatisfying(InvalidRoadmapFileException.class, refused ->
                        assertThat(refused.problems()).extracting(ContentProblem::location, ContentProblem::messageKey)
                                .contains(org.assertj.core.groups.Tuple.tuple("title.ko", "input.hidden-characters"),
                                        org.assertj.core.groups.Tuple.tuple("stages[0].title.en",
                                                "input.hidden-characters")));
    }

    @Test
    void datesAtTheEdgesOfWhatADatePickerTakesAreKeptOrRefused() {
        database.reset();
        fixtures.signUpAndLogIn("hostile@example.com");
        long project = projects.createBlank("Dates");
        projectBoard.addTask(project, "A task");
        long application = applications.add(ApplicationDraft.of("Dates Inc.", "Backend"), null);
        long group = groups.create("Dates", null);
        for (LocalDate edge : List.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))) {
            List<Runnable> uses = List.of(
                    () -> projectRecords.addMilestone(project, "Milestone " + edge, edge),
                    () -> {
                        ProjectDetails.Task task = projects.details(project).tasks().get(0);
                        projectBoard.editTask(task.id(), "A task", null, edge, null, task.version());
                    },
                    () -> sessions.addSession(group, edge, "Session " + edge),
                    () -> roadmaps.savePlan(GUIDE, edge, 10, planVersion()),
                    () -> mockInterviews.log(new MockInterviewDraft(edge, MockInterviewKind.values()[0], null, "Q",
                            3, List.of())),
                    () -> applications.update(application, new ApplicationDraft("Dates Inc.", "Backend", null, null,
                            null, null, null, edge, edge, edge, null, null, null, List.of(), Set.of()),
                            applications.application(application).card().version()),
                    () -> accounts.updateProfile(new ProfileUpdate("Dates", null, edge,
                            accounts.currentProfile().timeZone(), accounts.currentProfile().version())));
            for (Runnable use : uses) {
                try {
                    use.run();
                } catch (InvalidInputException refused) {
                    assertThat(refused.problems()).allSatisfy(problem ->
                            assertThat(ENGLISH).containsKey(problem.messageKey()));
                } catch (RuntimeException serverError) {
                    fail(edge + " ended in " + TextInput.firstCodePoints(serverError.toString(), 300));
                }
            }
        }
    }

    private List<FormField> formFields() {
        List<FormField> fields = new ArrayList<>();
        // Accounts
        fields.add(keeps("sign-up display name", value -> accounts.signUp(new SignUpRequest(nextEmail(), value,
                PASSWORD), Locale.KOREAN)));
        fields.add(normalises("sign-up email", value -> accounts.signUp(new SignUpRequest(value, "Name", PASSWORD),
                Locale.KOREAN)));
        fields.add(normalises("sign-up password", value -> accounts.signUp(new SignUpRequest(nextEmail(), "Name",
                value), Locale.KOREAN)));
        fields.add(keeps("profile display name", value -> updateProfile(value, null)));
        fields.add(keeps("profile target role", value -> updateProfile("Name", value)));
        fields.add(normalises("new password", value -> {
            accounts.changePassword(PASSWORD, value);
            accounts.changePassword(value, PASSWORD);
        }));
        fields.add(normalises("current password", value -> accounts.changePassword(value, "an entirely new passphrase")));
        // Groups
        fields.add(keeps("group name", value -> groups.create(value, null)));
        fields.add(keeps("group description", value -> groups.create("Group", value)));
        fields.add(keepsWith("group name, renamed", () -> groups.create("Group", null), (group, value) ->
                groups.describe(group, value, null, groups.details(group).version())));
        fields.add(normalises("invite code", value -> groups.join(value)));
        fields.add(normalisesWith("typed group name before deleting", () -> groups.create("Group", null),
                (group, value) -> groups.delete(group, value, Set.of())));
        fields.add(keepsWith("session topic", () -> groups.create("Group", null),
                (group, value) -> sessions.addSession(group, LocalDate.of(2026, 12, 10), value)));
        // Portfolio
        fields.add(keeps("project title", value -> projects.createBlank(value)));
        fields.add(keepsWith("new task", () -> projects.createBlank("Project"), projectBoard::addTask));
        fields.add(keepsWith("task title", this::projectWithATask, (project, value) -> editTask(project, value, null)));
        fields.add(keepsWith("task notes", this::projectWithATask, (project, value) -> editTask(project, "Task", value)));
        fields.add(keepsWith("milestone", () -> projects.createBlank("Project"), (project, value) ->
                projectRecords.addMilestone(project, value, LocalDate.of(2027, 1, 1))));
        fields.add(keepsWith("result metric", () -> projects.createBlank("Project"), (project, value) ->
                projectRecords.addResult(project, value, BigDecimal.ONE, BigDecimal.TEN, "ms", ResultDirection.values()[0])));
        fields.add(keepsWith("result unit", () -> projects.createBlank("Project"), (project, value) ->
                projectRecords.addResult(project, "p95", BigDecimal.ONE, BigDecimal.TEN, value, ResultDirection.values()[0])));
        fields.add(keepsWith("component note", () -> projects.createFromTemplate("llm-chatbot", Language.KO),
                (project, value) -> projectRecords.checkComponent(project, projects.details(project).components().get(0).key(),
                        true, value)));
        fields.add(normalisesWith("project skills", () -> projects.createBlank("Project"), (project, value) ->
                projectRecords.useSkills(project, Set.of(value))));
        fields.add(keepsWith("team project title", () -> groups.create("Group", null), teamProjects::createBlank));
        // Roadmaps
        fields.add(keepsWith("topic notes", this::firstTopic, (topic, value) ->
                roadmaps.saveNotes(topic, value, roadmaps.currentState(topic).version())));
        fields.add(keepsWith("evidence title", this::firstTopic, (topic, value) ->
                roadmaps.addEvidence(topic, "https://example.com/" + unique.incrementAndGet(), value)));
        fields.add(normalisesWith("evidence link", this::firstTopic, (topic, value) ->
                roadmaps.addEvidence(topic, value, "Evidence")));
        fields.add(keeps("own roadmap title", value -> customRoadmaps.createBlank(value)));
        fields.add(keepsWith("own roadmap stage", this::ownRoadmap, (roadmap, value) ->
                structure.addStage(ownRoadmapKey(), value)));
        fields.add(keepsWith("own roadmap topic", this::ownRoadmap, structure::addTopic));
        fields.add(keepsWith("own topic description", this::ownTopic, (topic, value) -> editOwnTopic(topic,
                draft -> new TopicDraft(topic, draft.title(), value, draft.subtopics(), draft.resources(),
                        draft.version()))));
        fields.add(keepsWith("own sub-topic", this::ownTopic, (topic, value) -> editOwnTopic(topic,
                draft -> new TopicDraft(topic, draft.title(), null, List.of(value), draft.resources(),
                        draft.version()))));
        fields.add(keepsWith("own topic resource", this::ownTopic, (topic, value) -> editOwnTopic(topic,
                draft -> new TopicDraft(topic, draft.title(), null, draft.subtopics(),
                        List.of(new LearningResource(ResourceKind.BOOK, value, null)), draft.version()))));
        fields.add(keepsWith("own roadmap rename", this::ownRoadmap, (stage, value) ->
                structure.rename(stage, value, Locale.KOREAN)));
        fields.add(normalises("roadmap shown to a group", value -> roadmaps.outline(value)));
        // Applications
        fields.add(keeps("company", value -> addApplication(value, "Backend", null, null, null)));
        fields.add(keeps("role", value -> addApplication("Company", value, null, null, null)));
        fields.add(normalises("posting link", value -> addApplication("Company", "Backend", value, null, null)));
        fields.add(keeps("application notes", value -> addApplication("Company", "Backend", null, value, null)));
        fields.add(keeps("contact name", value -> addApplication("Company", "Backend", null, null,
                new ContactDraft(value, null, null))));
        fields.add(keeps("contact reach", value -> addApplication("Company", "Backend", null, null,
                new ContactDraft("Recruiter", null, value))));
        fields.add(keeps("application location, salary and resume", value -> applications.add(new ApplicationDraft(
                "Company", "Backend", null, null, null, value, value, null, null, null, value, null, null, List.of(),
                Set.of()), null)));
        fields.add(normalises("application tags", value -> applications.add(new ApplicationDraft("Company",
                "Backend", null, null, null, null, null, null, null, null, null, null, value, List.of(), Set.of()), null)));
        fields.add(keeps("pipeline stage", value -> applications.addStage(value, null)));
        fields.add(keeps("pipeline stage, renamed", value -> {
            StageView stage = applications.stages().get(0);
            applications.changeStage(stage.id(), value, null, applications.stages().get(0).version());
        }));
        fields.add(normalises("earlier applications lookup", value -> applications.earlier(value, value)));
        fields.add(keepsWith("interview round", () -> applications.add(ApplicationDraft.of("Company", "Backend"), null),
                (application, value) -> rounds.addRound(application, new RoundDraft(RoundKind.values()[0],
                        LocalDateTime.of(2026, 12, 10, 14, 0), value, List.of(value), 3, value))));
        // Interview preparation
        fields.add(keeps("problem title", value -> problems.add(value, nextUrl(), null, ProblemDifficulty.values()[0],
                null)));
        fields.add(normalises("problem link", value -> problems.add("Two Sum", value, null,
                ProblemDifficulty.values()[0], null)));
        fields.add(keeps("problem platform", value -> problems.add("Two Sum", nextUrl(), value,
                ProblemDifficulty.values()[0], null)));
        fields.add(normalises("problem tags", value -> problems.add("Two Sum", nextUrl(), null,
                ProblemDifficulty.values()[0], value)));
        fields.add(keeps("checklist note", value -> checklists.tick("technical-interview", "algorithms-100", true,
                value)));
        fields.add(keeps("own checklist", value -> checklists.addChecklist(value)));
        fields.add(keepsWith("own checklist item", () -> checklists.addChecklist("Mine"), checklists::addItem));
        fields.add(keepsWith("own checklist item, renamed", this::ownChecklistItem, checklists::renameItem));
        fields.add(keepsWith("own checklist item note", this::ownChecklistItem, (item, value) ->
                checklists.tickOwn(item, true, value)));
        fields.add(keeps("question", value -> questions.addCard(QuestionCategory.values()[0], value, "Answer", null,
                null)));
        fields.add(keeps("answer", value -> questions.addCard(QuestionCategory.values()[0], "Question?", value, null,
                null)));
        fields.add(normalises("question tags", value -> questions.addCard(QuestionCategory.values()[0], "Question?",
                "Answer", value, null)));
        fields.add(keeps("question company", value -> questions.addCard(QuestionCategory.values()[0], "Question?",
                "Answer", null, value)));
        fields.add(keeps("STAR story", value -> stories.add(new StoryDraft(value, value, value, value, value, null,
                Set.of()))));
        fields.add(keeps("mock interview", value -> mockInterviews.log(new MockInterviewDraft(LocalDate.of(2026, 12, 1),
                MockInterviewKind.values()[0], value, value, 3, List.of(value)))));
        fields.add(keepsWith("mock interview feedback", this::pairedMockInterview, (interview, value) ->
                mockInterviews.giveFeedback(interview, value, mockInterviews.mockInterviews().getFirst().myFeedback()
                        .map(MockInterviewView.Feedback::version).orElse(null))));
        fields.add(normalises("skill level", value -> skills.assess(value, 2)));
        return fields;
    }

    // The sweep's shorthand: the field's value reaches the service through one of these.

    private static final String PASSWORD = AccountFixtures.PASSWORD;
    private static final String GUIDE = "ai-backend-2025h2";

    private static FormField keeps(String name, java.util.function.Consumer<String> store) {
        return new FormField(name, true, () -> 0L, (ignored, value) -> store.accept(value));
    }

    private static FormField normalises(String name, java.util.function.Consumer<String> store) {
        return new FormField(name, false, () -> 0L, (ignored, value) -> store.accept(value));
    }

    private static FormField keepsWith(String name, Supplier<Long> setup, BiConsumer<Long, String> store) {
        return new FormField(name, true, setup, store);
    }

    private static FormField normalisesWith(String name, Supplier<Long> setup, BiConsumer<Long, String> store) {
        return new FormField(name, false, setup, store);
    }

    private String nextEmail() {
        return "person-" + unique.incrementAndGet() + "@example.com";
    }

    private String nextUrl() {
        return "https://leetcode.com/problems/p-" + unique.incrementAndGet();
    }

    private void updateProfile(String displayName, String targetRole) {
        var profile = accounts.currentProfile();
        accounts.updateProfile(new ProfileUpdate(displayName, targetRole, null, profile.timeZone(), profile.version()));
    }

    private long projectWithATask() {
        long project = projects.createBlank("Project");
        projectBoard.addTask(project, "Task");
        return project;
    }

    private void editTask(long project, String title, String notes) {
        ProjectDetails.Task task = projects.details(project).tasks().get(0);
        projectBoard.editTask(task.id(), title, notes, null, null, task.version());
    }

    private long planVersion() {
        var plan = roadmaps.outline(GUIDE).plan();
        return plan == null ? -1 : plan.version();
    }

    private long firstTopic() {
        return roadmaps.outline(GUIDE).stages().get(0).topics().get(0).id();
    }

    private long ownRoadmap() {
        String key = customRoadmaps.createBlank("Mine");
        structure.addStage(key, "Stage");
        return roadmaps.outline(key).stages().get(0).id();
    }

    private long ownTopic() {
        long stage = ownRoadmap();
        structure.addTopic(stage, "Topic");
        return roadmaps.outline(ownRoadmapKey()).stages().get(0).topics().get(0).id();
    }

    private void editOwnTopic(long topic, UnaryOperator<TopicDraft> change) {
        structure.saveTopic(change.apply(structure.topicDraft(topic, Locale.KOREAN)), Locale.KOREAN);
    }

    private String ownRoadmapKey() {
        return jdbc.queryForObject("select key from roadmap where owner_id is not null order by id desc limit 1",
                String.class);
    }

    /** A mock interview the hostile person logged from their group's pairing with a partner. */
    private long pairedMockInterview() {
        long group = groups.create("Pairs", null);
        String code = groups.details(group).invite().code();
        fixtures.signUpAndLogIn("partner-" + unique.incrementAndGet() + "@example.com");
        groups.join(code);
        fixtures.logIn("hostile@example.com", PASSWORD);
        pairing.draw(group);
        return mockInterviews.log(new MockInterviewDraft(LocalDate.of(2026, 12, 1), MockInterviewKind.values()[0],
                null, null, 3, List.of(), pairing.thisWeek(group).myPair().orElseThrow().id()));
    }

    private long ownChecklistItem() {
        long checklist = checklists.addChecklist("Mine");
        checklists.addItem(checklist, "Item");
        return checklists.checklists().stream().filter(view -> Long.valueOf(checklist).equals(view.ownId()))
                .findFirst().orElseThrow().items().get(0).ownId();
    }

    private void addApplication(String company, String role, String postingUrl, String notes, ContactDraft contact) {
        applications.add(new ApplicationDraft(company, role, postingUrl, null, null, null, null, null, null, null, null,
                notes, null, contact == null ? List.of() : List.of(contact), Set.of()), null);
    }

    /** Whether some text column of some table holds exactly this text (compared by digest: values can be huge). */
    private boolean storedIntact(String text) {
        List<String> columns = jdbc.queryForList("""
                select format('select 1 from %I where md5(%I) = ?', table_name, column_name)
                from information_schema.columns
                where table_schema = 'public' and data_type in ('text', 'character varying')
                  and table_name not like 'flyway%'
                """, String.class);
        String digest = md5(text);
        String query = String.join(" union all ", columns) + " limit 1";
        return !jdbc.queryForList(query, Integer.class, columns.stream().map(ignored -> digest).toArray()).isEmpty();
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String quoted(String cell) {
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("../ui/src/main/resources/vaadin-i18n", name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException missing) {
            throw new IllegalStateException("The translations are read from the ui module's sources", missing);
        }
        return properties;
    }

    /** Whether a sample holds what no person types: the rule the services must enforce, written independently. */
    private static final class TextSample {
        static boolean hidden(String value) {
            return value.codePoints().anyMatch(c -> (Character.getType(c) == Character.CONTROL && c != '\t'
                    && c != '\n' && c != '\r') || c == 0x202E || Character.isSurrogate((char) c));
        }
    }
}
