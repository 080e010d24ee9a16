package app.waypoint.roadmap.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.HiddenCharacters;
import app.waypoint.base.service.TextInput;
import app.waypoint.base.service.WebLinks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static app.waypoint.base.service.TextInput.length;

/** Every rule a roadmap document must keep before anything of it is stored. */
public final class RoadmapDocumentCheck {

    static final int MAX_STAGES = 20;
    static final int MAX_TOPICS_PER_STAGE = 60;
    public static final int MAX_SUBTOPICS_PER_TOPIC = 30;
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_RESOURCE_TITLE = 300;
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final Set<String> knownSkills;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    private RoadmapDocumentCheck(Set<String> knownSkills) {
        this.knownSkills = knownSkills;
    }

    static List<ContentProblem> problemsOf(RoadmapDocument document, Set<String> knownSkills) {
        RoadmapDocumentCheck check = new RoadmapDocumentCheck(knownSkills);
        check.document(document);
        return check.problems;
    }

    private void document(RoadmapDocument document) {
        text("title", document.title(), MAX_TITLE, true);
        text("description", document.description(), MAX_DESCRIPTION, false);
        if (document.stages().isEmpty()) {
            problem("stages", "roadmap.import.no-stages", null);
        }
        limit("stages", document.stages().size(), MAX_STAGES);
        for (int s = 0; s < document.stages().size(); s++) {
            stage("stages[" + s + "]", document.stages().get(s));
        }
    }

    private void stage(String path, RoadmapDocument.Stage stage) {
        if (stage == null) {
            problem(path, "roadmap.import.missing", null);
            return;
        }
        key(path + ".key", stage.key());
        text(path + ".title", stage.title(), MAX_TITLE, true);
        RoadmapDocument.Months months = stage.months();
        if (months != null && (months.min() == null || months.max() == null || months.min() < 0
                || months.max() > 60 || months.min() > months.max())) {
            problem(path + ".months", "roadmap.import.bad-months", null);
        }
        limit(path + ".topics", stage.topics().size(), MAX_TOPICS_PER_STAGE);
        for (int t = 0; t < stage.topics().size(); t++) {
            topic(path + ".topics[" + t + "]", stage.topics().get(t));
        }
    }

    private void topic(String path, RoadmapDocument.Topic topic) {
        if (topic == null) {
            problem(path, "roadmap.import.missing", null);
            return;
        }
        key(path + ".key", topic.key());
        text(path + ".title", topic.title(), MAX_TITLE, true);
        text(path + ".description", topic.description(), MAX_DESCRIPTION, false);
        for (int i = 0; i < topic.skills().size(); i++) {
            if (!knownSkills.contains(topic.skills().get(i))) {
                problem(path + ".skills[" + i + "]", "roadmap.import.unknown-skill", topic.skills().get(i));
            }
        }
        limit(path + ".subtopics", topic.subtopics().size(), MAX_SUBTOPICS_PER_TOPIC);
        for (int i = 0; i < topic.subtopics().size(); i++) {
            RoadmapDocument.Subtopic subtopic = topic.subtopics().get(i);
            String subPath = path + ".subtopics[" + i + "]";
            if (subtopic == null) {
                problem(subPath, "roadmap.import.missing", null);
                continue;
            }
            key(subPath + ".key", subtopic.key());
            text(subPath + ".title", subtopic.title(), MAX_TITLE, true);
        }
        for (int i = 0; i < topic.resources().size(); i++) {
            resource(path + ".resources[" + i + "]", topic.resources().get(i));
        }
    }

    private void resource(String path, RoadmapDocument.Resource resource) {
        if (resource == null || resource.title() == null || resource.title().isBlank()) {
            problem(path + ".title", "roadmap.import.missing", null);
            return;
        }
        if (length(resource.title()) > MAX_RESOURCE_TITLE) {
            problem(path + ".title", "roadmap.import.too-long", null);
        } else if (TextInput.hasHiddenCharacters(resource.title())) {
            problem(path + ".title", HiddenCharacters.MESSAGE_KEY, null);
        }
        if (resource.kind() == null || !Set.of("COURSE", "BOOK", "LINK").contains(resource.kind().toUpperCase(Locale.ROOT))) {
            problem(path + ".kind", "roadmap.import.bad-resource-kind", resource.kind());
        }
        if (resource.url() != null && !WebLinks.isHttp(resource.url())) {
            problem(path + ".url", "roadmap.import.bad-url", resource.url());
        }
    }

    private void key(String path, String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            problem(path, "roadmap.import.bad-key", key);
        } else if (!keys.add(key)) {
            problem(path, "roadmap.import.duplicate-key", key);
        }
    }

    private void text(String path, LocalizedText text, int maxLength, boolean required) {
        if (text == null) {
            if (required) {
                problem(path, "roadmap.import.missing", null);
            }
            return;
        }
        for (String language : List.of("ko", "en")) {
            String value = language.equals("ko") ? text.ko() : text.en();
            if (required && (value == null || value.isBlank())) {
                problem(path + "." + language, "roadmap.import.missing", null);
            } else if (value != null && length(value) > maxLength) {
                problem(path + "." + language, "roadmap.import.too-long", null);
            } else if (TextInput.hasHiddenCharacters(value)) {
                problem(path + "." + language, HiddenCharacters.MESSAGE_KEY, null);
            }
        }
    }

    private void limit(String path, int count, int max) {
        if (count > max) {
            problem(path, "roadmap.import.too-many", String.valueOf(max));
        }
    }

    private void problem(String path, String messageKey, String detail) {
        problems.add(new ContentProblem(path, messageKey, detail));
    }
}
