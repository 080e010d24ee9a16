package app.waypoint.interview.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.ContentFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Waypoint's starter set of interview questions with model answers, from {@code content/interview-questions.yaml}. */
@Component
public class StarterQuestions {

    private final List<Question> questions;

    StarterQuestions() {
        try (InputStream in = new ClassPathResource("content/interview-questions.yaml").getInputStream()) {
            questions = ContentFormat.YAML.mapper().readValue(in, Document.class).questions();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the starter questions", e);
        }
    }

    public List<Question> all() {
        return questions;
    }

    public record Document(int version, List<Question> questions) {
    }

    public record Question(String key, String category, List<String> tags, LocalizedText question,
                           LocalizedText answer) {
    }
}
