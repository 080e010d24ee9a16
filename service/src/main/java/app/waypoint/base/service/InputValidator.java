package app.waypoint.base.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a request record against its Bean Validation constraints. Constraint messages are translation
 * keys written as <code>{key}</code>; problems carry the bare key.
 */
@Component
public class InputValidator {

    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    public List<FieldProblem> problemsOf(Object request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            problems.add(new FieldProblem(violation.getPropertyPath().toString(),
                    stripBraces(violation.getMessageTemplate())));
        }
        problems.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::messageKey));
        return problems;
    }

    /** Fails with every problem at once, so a form can mark all its bad fields in one go. */
    public void check(Object request) {
        List<FieldProblem> problems = problemsOf(request);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String stripBraces(String template) {
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
    }
}
