package app.waypoint.account.service;

import me.gosimple.nbvcxz.resources.DictionaryUtil;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static app.waypoint.base.service.TextInput.length;

/**
 * What makes a password acceptable: 12 to 128 characters of any kind (Korean and emoji count as one each),
 * not one of the 100,000 most common passwords, and not built on the account's email name.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** Shorter email names (like "jo") would forbid too many honest passwords. */
    private static final int MIN_EMAIL_NAME_TO_CHECK = 3;

    /** Only entries that could pass the length rule need to be kept in memory. */
    private final Set<String> commonPasswords = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords)
            .keySet().stream()
            .filter(password -> password.codePointCount(0, password.length()) >= MIN_LENGTH)
            .map(password -> password.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    /** The translation key of the first rule the password breaks, if any. */
    public Optional<String> problemWith(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        String lowered = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lowered)) {
            return Optional.of("password.common");
        }
        String emailName = emailName(email);
        if (length(emailName) >= MIN_EMAIL_NAME_TO_CHECK && lowered.contains(emailName)) {
            return Optional.of("password.contains-email");
        }
        return Optional.empty();
    }

    private static String emailName(String email) {
        if (email == null) {
            return "";
        }
        int at = email.indexOf('@');
        return (at < 0 ? email : email.substring(0, at)).strip().toLowerCase(Locale.ROOT);
    }
}
