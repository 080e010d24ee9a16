package app.waypoint.interview.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.ContentFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The guide's interview checklists (technical interview, practical competencies, company-type strategies,
 * preferred qualifications), from {@code content/interview-checklists.yaml}.
 */
@Component
public class InterviewChecklists {

    private final List<Checklist> checklists;

    InterviewChecklists() {
        try (InputStream in = new ClassPathResource("content/interview-checklists.yaml").getInputStream()) {
            checklists = ContentFormat.YAML.mapper().readValue(in, Document.class).checklists();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the interview checklists", e);
        }
    }

    public List<Checklist> all() {
        return checklists;
    }

    public record Document(int version, List<Checklist> checklists) {
    }

    public record Checklist(String key, String kind, LocalizedText title, LocalizedText description,
                            List<Item> items) {
    }

    public record Item(String key, LocalizedText title, LocalizedText hint) {
    }
}
