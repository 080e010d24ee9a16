package app.waypoint.export.service;

import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.RichAccount;
import app.waypoint.interview.domain.ProblemDifficulty;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.domain.ReviewGrade;
import app.waypoint.interview.service.ProblemService;
import app.waypoint.interview.service.QuestionBankService;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.service.CustomRoadmapService;
import app.waypoint.roadmap.service.RoadmapService;
import app.waypoint.skill.service.SkillService;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files that must not import: not an export, from a later version, into an account with data, hostile zips and
 * wrong JSON. Each is refused with its own reason and leaves the account as empty as it was.
 */
@SpringBootTest
class HostileExportFileTest {

    @Autowired TestDatabase database;
    @Autowired AccountFixtures fixtures;
    @Autowired DataExportService exports;
    @Autowired DataImportService imports;
    @Autowired QuestionBankService questions;
    @Autowired ProblemService problems;
    @Autowired RoadmapService roadmaps;
    @Autowired CustomRoadmapService customRoadmaps;
    @Autowired SkillService skills;
    @Autowired JdbcTemplate jdbc;

    private byte[] file;
    private String ownRoadmapKey;

    @BeforeEach
    void anExportAndAnEmptyAccount() {
        database.reset();
        fixtures.signUpAndLogIn("source@example.com");
        long card = questions.addCard(QuestionCategory.BACKEND_CS, "What is an index?", "A sorted structure", null, null);
        questions.review(card, ReviewGrade.GOOD, questions.card(card).version());
        problems.add("Two Sum", "https://leetcode.com/problems/two-sum", "LeetCode", ProblemDifficulty.EASY, null);
        skills.assess("python", 2);
        ownRoadmapKey = customRoadmaps.fork(RichAccount.GUIDE);
        roadmaps.changeStatus(roadmaps.outline(ownRoadmapKey).stages().get(0).topics().get(0).id(),
                ProgressStatus.IN_PROGRESS);
        file = exports.export(ExportProgress.NONE).content();
        fixtures.signUpAndLogIn("target@example.com");
    }

    @AfterEach
    void nobody() {
        AccountFixtures.logOut();
    }

    @Test
    void theUntouchedFileImports() {
        ImportSummary summary = imports.importFile(file);
        assertThat(summary.restored()).containsEntry("question_card", 1).containsEntry("card_review", 1)
                .containsEntry("coding_problem", 1).containsEntry("roadmap", 1);
        assertThat(summary.skipped()).isZero();
        assertRefused(() -> imports.importFile(file), "export.import.account-has-data");
    }

    @Test
    void anAccountWithDataIsRefusedNamingWhatItHolds() {
        fixtures.logIn("source@example.com", AccountFixtures.PASSWORD);
        assertThatThrownBy(() -> imports.importFile(file)).isInstanceOfSatisfying(ImportRefusedException.class,
                refused -> {
                    assertThat(refused.messageKey()).isEqualTo("export.import.account-has-data");
                    assertThat(refused.existing()).containsEntry("question_card", 1)
                            .containsEntry("coding_problem", 1).containsEntry("roadmap", 1);
                });
        assertThat(exports.export(ExportProgress.NONE).counts()).containsEntry("question_card", 1);
    }

    @Test
    void aFileFromALaterVersionIsRefused() {
        assertThatThrownBy(() -> imports.importFile(altered(json -> json.put("version", 2))))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("export.import.newer-version");
                    assertThat(refused.arguments()).containsExactly(2L, 1);
                });
        assertNothingImported();
    }

    @Test
    void whatIsNotAnExportIsRefused() {
        assertRefused(() -> imports.importFile("company,role\nKakao,AI".getBytes(StandardCharsets.UTF_8)),
                "export.import.not-an-export");
        assertRefused(() -> imports.importFile(ExportFiles.zip(Map.of("notes.txt", new byte[] {1, 2, 3}))),
                "export.import.not-an-export");
        assertRefused(() -> imports.importFile(altered(json -> json.put("format", "something-else"))),
                "export.import.not-an-export");
        assertRefused(() -> imports.importFile(altered(json -> json.put("lists", "all of them"))),
                "export.import.not-an-export");
        byte[] truncated = Arrays.copyOf(file, file.length / 2);
        assertThatThrownBy(() -> imports.importFile(truncated)).isInstanceOfSatisfying(ImportRefusedException.class,
                refused -> assertThat(refused.messageKey()).isIn("export.import.broken-zip",
                        "export.import.broken-json", "export.import.not-an-export"));
        assertNothingImported();
    }

    @Test
    void aZipBombIsRefusedBeforeItIsHeld() {
        Map<String, byte[]> entries = new LinkedHashMap<>(ExportFiles.entries(file));
        entries.put("csv/bomb.csv", new byte[100 * 1024 * 1024]);
        byte[] bomb = ExportFiles.zip(entries);
        assertThat(bomb.length).as("small on the wire").isLessThan(ExportArchive.MAX_FILE_BYTES);
        assertRefused(() -> imports.importFile(bomb), "export.import.inflates-too-much");
        assertNothingImported();
    }

    @Test
    void pathsThatClimbOutAreRefused() {
        for (String path : new String[] {"../../etc/cron.d/evil", "/etc/passwd", "csv/../../evil.csv",
                "C:\\evil.bat"}) {
            Map<String, byte[]> entries = new LinkedHashMap<>(ExportFiles.entries(file));
            entries.put(path, "x".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> imports.importFile(ExportFiles.zip(entries))).as(path)
                    .isInstanceOfSatisfying(ImportRefusedException.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo("export.import.unsafe-path");
                        assertThat(refused.arguments()).containsExactly(path);
                    });
        }
        assertNothingImported();
    }

    @Test
    void aFileOverTheLimitIsRefusedUnread() {
        assertRefused(() -> imports.importFile(new byte[ExportArchive.MAX_FILE_BYTES + 1]), "export.import.too-big");
    }

    @Test
    void wrongJsonIsRefusedNamingTheEntry() {
        assertRefused(() -> imports.importFile(ExportFiles.zip(Map.of("waypoint-export.json",
                "{\"format\": \"waypoint-export\", ".getBytes(StandardCharsets.UTF_8)))), "export.import.broken-json");
        assertRefused(() -> imports.importFile(ExportFiles.zip(Map.of("waypoint-export.json",
                "{\"format\": \"waypoint-export\", \"format\": \"x\"}".getBytes(StandardCharsets.UTF_8)))),
                "export.import.broken-json");
        assertRefused(() -> imports.importFile(altered(json -> lists(json).putArray("passwords"))),
                "export.import.unknown-list", "passwords");
        assertRefused(() -> imports.importFile(altered(json -> card(json).put("owner_id", 1))),
                "export.import.unknown-field", "question_card", 1, "owner_id");
        assertRefused(() -> imports.importFile(altered(json -> card(json).putObject("answer").put("a", 1))),
                "export.import.bad-value", "question_card", 1, "answer");
        assertRefused(() -> imports.importFile(altered(json -> card(json).put("question", "긴".repeat(2001)))),
                "export.import.too-long", "question_card", 1, "question", 2000);
        assertRefused(() -> imports.importFile(altered(json -> card(json).put("answer", "a\u0000b"))),
                "export.import.hidden-characters", "question_card", 1, "answer");
        assertRefused(() -> imports.importFile(altered(json -> first(json, "card_review").put("card_id", 99))),
                "export.import.dangling", "card_review", 1);
        assertRefused(() -> imports.importFile(altered(json -> first(json, "card_review").put("card_id", "one"))),
                "export.import.bad-reference", "card_review", 1, "card_id");
        assertRefused(() -> imports.importFile(altered(json -> first(json, "skill_assessment").put("level", 9))),
                "export.import.bad-entry", "skill_assessment", 1);
        assertRefused(() -> imports.importFile(altered(json -> card(json).put("due_on", "next week"))),
                "export.import.bad-entry", "question_card", 1);
        assertRefused(() -> imports.importFile(altered(json -> first(json, "profile").put("time_zone", "Mars/Olympus"))),
                "export.import.bad-entry", "profile", 1);
        assertNothingImported();
    }

    @Test
    void aFileCannotReachAnotherPersonsRoadmap() {
        String othersNode = jdbc.queryForObject("select r.key || '/' || n.key from roadmap_node n"
                + " join roadmap r on r.id = n.roadmap_id where r.key = ? and n.kind = 'TOPIC' limit 1",
                String.class, ownRoadmapKey);
        byte[] reaching = altered(json -> {
            for (String list : new String[] {"roadmap", "roadmap_node", "roadmap_resource", "node_skill"}) {
                lists(json).putArray(list);
            }
            ObjectNode progress = first(json, "node_progress");
            progress.put("node", othersNode);
            ObjectNode plan = lists(json).putArray("roadmap_plan").addObject();
            plan.put("roadmap", ownRoadmapKey).put("start_date", "2026-03-02").put("hours_per_week", 10);
        });
        ImportSummary summary = imports.importFile(reaching);
        assertThat(summary.skipped()).as("the progress and the plan on the other person's roadmap").isEqualTo(2);
        assertThat(summary.restored()).containsEntry("question_card", 1).doesNotContainKey("node_progress")
                .doesNotContainKey("roadmap_plan");
        assertThat(jdbc.queryForObject("select count(*) from node_progress p join roadmap_node n on n.id = p.node_id"
                + " join roadmap r on r.id = n.roadmap_id where r.key = ? and p.account_id <> r.owner_id",
                Integer.class, ownRoadmapKey)).isZero();
    }

    private byte[] altered(Consumer<ObjectNode> change) {
        ObjectNode json = ExportFiles.json(file);
        change.accept(json);
        return ExportFiles.zipOf(json);
    }

    private static ObjectNode lists(ObjectNode json) {
        return (ObjectNode) json.get("lists");
    }

    private static ObjectNode first(ObjectNode json, String list) {
        return (ObjectNode) json.get("lists").get(list).get(0);
    }

    private static ObjectNode card(ObjectNode json) {
        return first(json, "question_card");
    }

    private static void assertRefused(ThrowingCallable importing, String messageKey, Object... arguments) {
        assertThatThrownBy(importing).isInstanceOfSatisfying(ImportRefusedException.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo(messageKey);
            if (arguments.length > 0) {
                assertThat(refused.arguments()).containsExactly(arguments);
            }
        });
    }

    private void assertNothingImported() {
        assertThat(exports.export(ExportProgress.NONE).counts()).allSatisfy((list, count) -> {
            if (!list.equals("profile") && !list.equals("review_settings")) {
                assertThat(count).as(list).isZero();
            }
        });
    }
}
