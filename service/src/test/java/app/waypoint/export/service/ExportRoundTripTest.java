package app.waypoint.export.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.RichAccount;
import app.waypoint.export.domain.ExportedList;
import app.waypoint.export.domain.ExportedLists;
import app.waypoint.group.service.GroupService;
import app.waypoint.interview.service.QuestionBankService;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.service.RoadmapService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person who used everything exports, and the file imported into a new account exports again as the same file:
 * only what identifies the account itself (email, when it was opened), the key of an own roadmap (taken on this
 * instance by the first account) and the time of the export differ.
 */
@SpringBootTest
class ExportRoundTripTest {

    private static final String EMAIL = "yuna.export@example.com";

    @Autowired TestDatabase database;
    @Autowired AccountFixtures fixtures;
    @Autowired RichAccount richAccount;
    @Autowired MutableClock clock;
    @Autowired DataExportService exports;
    @Autowired DataImportService imports;
    @Autowired GroupService groups;
    @Autowired RoadmapService roadmaps;
    @Autowired QuestionBankService questions;

    @AfterEach
    void nobody() {
        AccountFixtures.logOut();
    }

    @Test
    void anImportedExportExportsAsTheSameFile() {
        database.reset();
        Instant started = clock.instant();
        fixtures.signUpAndLogIn("mate.export@example.com");
        long group = groups.create("RAG 스터디", null);
        String code = groups.details(group).invite().code();
        fixtures.signUp(EMAIL, "유나");
        fixtures.logIn(EMAIL, AccountFixtures.PASSWORD);
        groups.join(code);
        richAccount.fill();

        List<int[]> progress = new ArrayList<>();
        ExportFile first = exports.export((done, total) -> progress.add(new int[] {done, total}));
        int lists = ExportedLists.ALL.size();
        assertThat(progress).hasSize(lists);
        assertThat(progress.getLast()).containsExactly(lists, lists);
        assertThat(first.fileName()).matches("waypoint-export-\\d{4}-\\d{2}-\\d{2}\\.zip");
        assertThat(first.counts()).as("a file with something in every list").allSatisfy((list, count) ->
                assertThat(count).as(list).isPositive());
        Map<String, byte[]> entries = ExportFiles.entries(first.content());
        assertThat(entries).containsKey("waypoint-export.json");
        for (ExportedList list : ExportedLists.ALL) {
            assertThat(entries).containsKey("csv/" + list.name() + ".csv");
        }
        assertThat(ExportFiles.text(entries.get("csv/group_member.csv"))).contains("RAG 스터디");
        ObjectNode exported = ExportFiles.json(first.content());
        assertThat(exported.path("lists").path("profile").get(0).path("email").asString()).isEqualTo(EMAIL);

        fixtures.signUpAndLogIn("new.home@example.com");
        ImportSummary preview = imports.preview(first.content());
        assertThat(exports.export(ExportProgress.NONE).counts().get("question_card"))
                .as("a preview keeps nothing").isZero();
        ImportSummary imported = imports.importFile(first.content());
        assertThat(imported).isEqualTo(preview);
        assertThat(imported.skipped()).isZero();
        assertThat(imported.notRestored()).containsEntry("group_member", 1);
        assertThat(imported.restored()).containsEntry("question_card", first.counts().get("question_card"));

        ObjectNode again = ExportFiles.json(exports.export(ExportProgress.NONE).content());
        assertThat(normalised(again)).isEqualTo(normalised(without(exported, "group_member")));

        // and the data works where a person looks at it
        assertThat(questions.myCards().stream().map(card -> card.question())).contains("What is attention?");
        long topic = roadmaps.outline(RichAccount.GUIDE).stages().get(0).topics().get(0).id();
        assertThat(roadmaps.currentState(topic).status()).isEqualTo(ProgressStatus.DONE);
        clock.set(started);
    }

    private static ObjectNode without(ObjectNode file, String list) {
        ObjectNode copy = file.deepCopy();
        ((ObjectNode) copy.path("lists")).putArray(list);
        return copy;
    }

    /** The file with what names this account and this export replaced by placeholders. */
    private static JsonNode normalised(ObjectNode file) {
        ObjectNode copy = file.deepCopy();
        copy.put("exportedAt", "when");
        ObjectNode profile = (ObjectNode) copy.path("lists").path("profile").get(0);
        profile.put("email", "who");
        profile.put("created_at", "when");
        Map<String, String> ownKeys = new HashMap<>();
        for (JsonNode roadmap : copy.path("lists").path("roadmap")) {
            String placeholder = "own-roadmap-" + (ownKeys.size() + 1);
            ownKeys.put(roadmap.path("key").asString(), placeholder);
            ((ObjectNode) roadmap).put("key", placeholder);
        }
        for (JsonNode list : copy.path("lists")) {
            for (JsonNode entry : list) {
                for (String field : List.of("node", "topic", "roadmap")) {
                    JsonNode value = entry.path(field);
                    if (value.isString()) {
                        String key = value.asString();
                        String roadmapKey = key.contains("/") ? key.substring(0, key.indexOf('/')) : key;
                        if (ownKeys.containsKey(roadmapKey)) {
                            ((ObjectNode) entry).put(field, ownKeys.get(roadmapKey) + key.substring(roadmapKey.length()));
                        }
                    }
                }
            }
        }
        return copy;
    }
}
