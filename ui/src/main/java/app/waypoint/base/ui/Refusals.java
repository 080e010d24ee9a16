package app.waypoint.base.ui;

import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.base.service.NotFoundException;
import com.vaadin.flow.component.UI;
import org.springframework.security.access.AccessDeniedException;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The words for a refusal a person can cause (not found or not theirs, not allowed, invalid input, a conflict):
 * each has its own message in the person's language, never "something went wrong". Screens use it where they
 * have no better place to show a refusal, and {@link UnexpectedErrorHandler} for any a screen did not catch.
 */
public final class Refusals {

    private Refusals() {
    }

    /**
     * Runs a change; a refusal (not found, not allowed, invalid input, a conflict) is said as a notification instead
     * of failing. Returns whether the change went through, so the caller can show what is there now either way.
     */
    public static boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (InvalidInputException | NotAllowedException | NotFoundException | ConcurrentEditException refused) {
            show(refused);
            return false;
        }
    }

    /** Says the refusal as a notification; anything that is not one goes on to the unexpected-error handler. */
    public static void show(RuntimeException refusal) {
        UI ui = UI.getCurrent();
        Notifications.error(messageFor(refusal, ui::getTranslation).orElseThrow(() -> refusal));
    }

    /** The message for the first expected refusal in the error's causes; empty if there is none. */
    public static Optional<String> messageFor(Throwable error, Function<String, String> translate) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            Optional<String> message = ownMessage(cause, translate);
            if (message.isPresent()) {
                return message;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> ownMessage(Throwable error, Function<String, String> translate) {
        return switch (error) {
            case InvalidInputException invalid -> Optional.of(invalid.problems().stream()
                    .map(FieldProblem::messageKey).distinct().map(translate).collect(Collectors.joining(" ")));
            case NotAllowedException denied -> Optional.of(translate.apply(denied.messageKey()));
            case NotFoundException gone -> Optional.of(translate.apply("error.not-found"));
            case ConcurrentEditException conflict -> Optional.of(translate.apply("error.concurrent-edit"));
            case AccessDeniedException denied -> Optional.of(translate.apply("error.access-denied"));
            default -> Optional.empty();
        };
    }
}
