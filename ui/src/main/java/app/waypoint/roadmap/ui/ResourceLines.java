package app.waypoint.roadmap.ui;

import app.waypoint.roadmap.domain.LearningResource;
import app.waypoint.roadmap.domain.ResourceKind;
import com.vaadin.flow.component.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A topic's resources as lines a person can edit on a phone: "Book: Fluent Python", "Link: Tutorial https://…".
 * The kind's word may be written in either language; a line without one is a link when it has an address, else a book.
 */
final class ResourceLines {

    private ResourceLines() {
    }

    static String format(List<LearningResource> resources, Component translator) {
        return resources.stream().map(resource -> translator.getTranslation(key(resource.kind())) + " "
                + resource.title() + (resource.url() == null ? "" : " " + resource.url()))
                .collect(Collectors.joining("\n"));
    }

    static List<LearningResource> parse(String text, Component translator) {
        List<LearningResource> resources = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            ResourceKind kind = null;
            for (ResourceKind candidate : ResourceKind.values()) {
                for (String prefix : List.of(translator.getTranslation(key(candidate)),
                        translator.getTranslation(Locale.ENGLISH, key(candidate)),
                        translator.getTranslation(Locale.KOREAN, key(candidate)))) {
                    if (kind == null && line.regionMatches(true, 0, prefix, 0, prefix.length())) {
                        kind = candidate;
                        line = line.substring(prefix.length()).strip();
                    }
                }
            }
            String url = null;
            int lastSpace = line.lastIndexOf(' ');
            String lastWord = line.substring(lastSpace + 1);
            if (lastWord.startsWith("http://") || lastWord.startsWith("https://")) {
                url = lastWord;
                line = lastSpace < 0 ? "" : line.substring(0, lastSpace).strip();
            }
            if (kind == null) {
                kind = url == null ? ResourceKind.BOOK : ResourceKind.LINK;
            }
            resources.add(new LearningResource(kind, line.isEmpty() && url != null ? url : line, url));
        }
        return resources;
    }

    private static String key(ResourceKind kind) {
        return "roadmap.resource." + kind.name();
    }
}
