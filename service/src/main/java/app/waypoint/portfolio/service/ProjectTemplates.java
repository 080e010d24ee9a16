package app.waypoint.portfolio.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.ContentFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The guide's project templates and component checklist, from {@code content/project-templates.yaml}.
 * Projects copy what they take from a template, so the file can change without touching anyone's plan.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProjectTemplates {

    private final Document document;

    ProjectTemplates() {
        try (InputStream in = new ClassPathResource("content/project-templates.yaml").getInputStream()) {
            document = ContentFormat.YAML.mapper().readValue(in, Document.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the project templates", e);
        }
    }

    public List<Template> all() {
        return document.templates();
    }

    public Optional<Template> find(String key) {
        return document.templates().stream().filter(template -> template.key().equals(key)).findFirst();
    }

    /** The checklist every project is measured against, in the guide's order. */
    public List<ComponentItem> components() {
        return document.components();
    }

    public record Document(int version, List<ComponentItem> components, List<Template> templates) {
    }

    public record ComponentItem(String key, String group, LocalizedText title, LocalizedText hint) {
    }

    public record Template(String key, String category, LocalizedText title, LocalizedText summary,
                           List<String> skills, List<Milestone> milestones, List<Task> tasks,
                           List<Result> results) {
    }

    public record Milestone(String key, LocalizedText title, int weeksFromStart) {
    }

    public record Task(LocalizedText title, String milestone) {
    }

    public record Result(LocalizedText metric, String unit) {
    }
}
