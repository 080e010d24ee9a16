package app.waypoint.export.service;

import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.base.domain.Language;
import app.waypoint.interview.domain.ProblemDifficulty;
import app.waypoint.interview.service.ProblemFilter;
import app.waypoint.interview.service.ProblemService;
import app.waypoint.interview.service.ProblemView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Coding problems without a link and problems copied from the built-in list leave in an export and come back in an
 * import as they were: still without a link, still known as copied (so the list shows them added and refuses them
 * again). A file from before the built-in key existed imports too.
 */
@SpringBootTest
class ProblemsExportTest {

    @Autowired TestDatabase database;
    @Autowired AccountFixtures fixtures;
    @Autowired DataExportService exports;
    @Autowired DataImportService imports;
    @Autowired ProblemService problems;

    private byte[] file;
    private List<String> before;

    @BeforeEach
    void problemsOfEveryKindExported() {
        database.reset();
        fixtures.signUpAndLogIn("source@example.com");
        problems.add("Rotate Matrix (CtCI 1.7)", null, "Book", ProblemDifficulty.MEDIUM, "arrays");
        problems.add("Mock test 3", "  ", null, ProblemDifficulty.EASY, null);
        problems.addBuiltIn("number-of-islands", Language.KO);
        problems.add("LRU Cache", "https://leetcode.com/problems/lru-cache/", "LeetCode", ProblemDifficulty.MEDIUM,
                null);
        before = described(problems.myProblems());
        file = exports.export(ExportProgress.NONE).content();
        fixtures.signUpAndLogIn("target@example.com");
    }

    @AfterEach
    void nobody() {
        AccountFixtures.logOut();
    }

    @Test
    void problemsWithoutALinkAndCopiedOnesComeBackAsTheyWere() {
        JsonNode exported = ExportFiles.json(file).path("lists").path("coding_problem");
        assertThat(exported).hasSize(4);
        assertThat(exported.values().stream().filter(entry -> entry.path("url").isNull())).hasSize(2);
        assertThat(exported.values().stream().map(entry -> entry.path("source_key").asString(null)))
                .containsOnlyOnce("number-of-islands");

        assertThat(imports.importFile(file).restored()).containsEntry("coding_problem", 4);

        assertThat(described(problems.myProblems())).containsExactlyInAnyOrderElementsOf(before);
        assertThat(problems.board(ProblemFilter.ALL).builtInAdded()).containsExactlyInAnyOrder("number-of-islands",
                "lru-cache");
        assertThatThrownBy(() -> problems.addBuiltIn("number-of-islands", Language.EN))
                .isInstanceOf(app.waypoint.base.service.InvalidInputException.class);
        assertThatThrownBy(() -> problems.add("mock TEST 3", null, null, ProblemDifficulty.EASY, null))
                .as("a title without a link is still told apart after the import")
                .isInstanceOf(app.waypoint.base.service.InvalidInputException.class);
    }

    @Test
    void aFileFromBeforeTheBuiltInKeyImportsWithoutIt() {
        ObjectNode json = ExportFiles.json(file);
        json.path("lists").path("coding_problem").forEach(entry -> ((ObjectNode) entry).remove("source_key"));

        assertThat(imports.importFile(ExportFiles.zipOf(json)).restored()).containsEntry("coding_problem", 4);

        assertThat(problems.myProblems()).extracting(ProblemView::sourceKey).containsOnlyNulls();
        assertThat(problems.board(ProblemFilter.ALL).builtInAdded()).as("still recognised by their links")
                .containsExactlyInAnyOrder("number-of-islands", "lru-cache");
    }

    /** What a person sees of each problem: everything but its id and version. */
    private static List<String> described(List<ProblemView> list) {
        return list.stream().map(problem -> String.join(" | ", problem.title(), String.valueOf(problem.url()),
                String.valueOf(problem.sourceKey()), String.valueOf(problem.platform()), problem.difficulty().name(),
                String.valueOf(problem.tags()), String.valueOf(problem.attempts()))).toList();
    }
}
