package app.waypoint.base.ui;

import java.util.Locale;

/**
 * The Korean particle that fits the word before it, so messages never show "을(를)" or "(으)로". The choice
 * depends on whether the word's last sound ends in a consonant (받침): for Hangul that is read from the
 * syllable; digits are read as Korean numbers (1 일, 3 삼, …); an acronym by its letters' names (M 엠, L 엘);
 * another Latin word ending in l, m, n or ng as Koreans say it; anything else as ending in a vowel. Closing
 * quotes, brackets and other marks at the end are skipped.
 */
public final class KoreanParticles {

    private static final int NO_FINAL = 0;
    private static final int RIEUL = 8; // ㄹ: takes 로, not 으로
    private static final int OTHER_FINAL = 1;

    private KoreanParticles() {
    }

    /** 을 or 를: "프로젝트를", "계획을". */
    public static String object(String word) {
        return finalOf(word) == NO_FINAL ? "를" : "을";
    }

    /** 이 or 가. */
    public static String subject(String word) {
        return finalOf(word) == NO_FINAL ? "가" : "이";
    }

    /** 은 or 는. */
    public static String topic(String word) {
        return finalOf(word) == NO_FINAL ? "는" : "은";
    }

    /** 과 or 와. */
    public static String and(String word) {
        return finalOf(word) == NO_FINAL ? "와" : "과";
    }

    /** 으로 or 로; a word ending in ㄹ takes 로 ("할 일로", "진행 중으로", "완료로"). */
    public static String direction(String word) {
        int last = finalOf(word);
        return last == NO_FINAL || last == RIEUL ? "로" : "으로";
    }

    private static int finalOf(String word) {
        if (word == null) {
            return NO_FINAL;
        }
        int end = word.length();
        while (end > 0 && !Character.isLetterOrDigit(word.codePointBefore(end))) {
            end -= Character.charCount(word.codePointBefore(end));
        }
        if (end == 0) {
            return NO_FINAL;
        }
        int last = word.codePointBefore(end);
        if (last >= 0xAC00 && last <= 0xD7A3) {
            int jong = (last - 0xAC00) % 28;
            return jong == 0 ? NO_FINAL : jong == RIEUL ? RIEUL : OTHER_FINAL;
        }
        if (last >= '0' && last <= '9') {
            return switch (last) {
                case '1', '7', '8' -> RIEUL;       // 일, 칠, 팔
                case '0', '3', '6' -> OTHER_FINAL; // 영, 삼, 육
                default -> NO_FINAL;               // 이, 사, 오, 구
            };
        }
        if (last < 128 && Character.isLetter(last)) {
            return latinFinal(word.substring(0, end));
        }
        return NO_FINAL;
    }

    private static int latinFinal(String text) {
        int start = text.length();
        while (start > 0 && Character.isLetter(text.charAt(start - 1)) && text.charAt(start - 1) < 128) {
            start--;
        }
        String tail = text.substring(start);
        boolean acronym = tail.length() <= 5 && tail.equals(tail.toUpperCase(Locale.ROOT));
        char last = Character.toLowerCase(tail.charAt(tail.length() - 1));
        if (acronym) {
            // letter names: 엘, 알 end in ㄹ; 엠, 엔 in another consonant; the rest in a vowel
            return last == 'l' || last == 'r' ? RIEUL : last == 'm' || last == 'n' ? OTHER_FINAL : NO_FINAL;
        }
        if (last == 'l') {
            return RIEUL;
        }
        return last == 'm' || last == 'n' || tail.toLowerCase(Locale.ROOT).endsWith("ng") ? OTHER_FINAL : NO_FINAL;
    }
}
