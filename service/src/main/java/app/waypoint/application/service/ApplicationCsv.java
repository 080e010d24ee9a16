package app.waypoint.application.service;

import app.waypoint.application.domain.ApplicationOutcome;
import app.waypoint.application.domain.ApplicationSource;
import app.waypoint.application.domain.CompanyType;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CSV columns of an application export, the header names an import also accepts for them (Korean and
 * English, as other trackers and spreadsheets name them), and the cell rules: a cell that a spreadsheet would run
 * as a formula is escaped with a leading apostrophe, and unescaped on import.
 */
final class ApplicationCsv {

    enum Column {
        COMPANY("Company", "회사", "회사명", "company name"),
        ROLE("Role", "직무", "직무명", "포지션", "title", "position", "job title"),
        STAGE("Stage", "단계", "상태", "status"),
        OUTCOME("Outcome", "결과", "result"),
        COMPANY_TYPE("Company type", "회사 유형"),
        SOURCE("Source", "출처", "채널"),
        LOCATION("Location", "근무지", "지역"),
        SALARY("Salary", "연봉", "연봉 범위"),
        URL("URL", "링크", "공고", "공고 링크", "link", "posting", "posting url"),
        DEADLINE("Deadline", "마감일", "공고 마감일"),
        APPLIED("Applied", "지원일", "applied on", "date applied"),
        FOLLOW_UP("Follow-up", "팔로업", "follow up"),
        RESUME("Résumé", "이력서", "resume", "résumé version"),
        TAGS("Tags", "태그"),
        SKILLS("Skills", "기술"),
        CONTACTS("Contacts", "연락처"),
        NOTES("Notes", "메모", "note"),
        HISTORY("History", "기록");

        final String header;
        final List<String> aliases;

        Column(String header, String... aliases) {
            this.header = header;
            this.aliases = List.of(aliases);
        }

        boolean matches(String name) {
            String wanted = normalized(name);
            return normalized(header).equals(wanted) || aliases.stream().anyMatch(alias -> normalized(alias).equals(wanted));
        }
    }

    static final Map<String, ApplicationSource> SOURCES = new LinkedHashMap<>();
    static final Map<String, CompanyType> COMPANY_TYPES = new LinkedHashMap<>();
    static final Map<String, ApplicationOutcome> OUTCOMES = new LinkedHashMap<>();

    static {
        for (ApplicationSource source : ApplicationSource.values()) {
            SOURCES.put(normalized(source.name()), source);
        }
        Map.of("원티드", ApplicationSource.WANTED, "사람인", ApplicationSource.SARAMIN, "잡코리아",
                ApplicationSource.JOBKOREA, "추천", ApplicationSource.REFERRAL, "referral", ApplicationSource.REFERRAL,
                "회사 채용 사이트", ApplicationSource.COMPANY_SITE, "company site", ApplicationSource.COMPANY_SITE,
                "기타", ApplicationSource.OTHER, "other", ApplicationSource.OTHER)
                .forEach((name, source) -> SOURCES.put(normalized(name), source));
        for (CompanyType type : CompanyType.values()) {
            COMPANY_TYPES.put(normalized(type.name()), type);
        }
        Map.of("대기업/금융", CompanyType.LARGE, "대기업", CompanyType.LARGE, "스타트업/테크", CompanyType.STARTUP,
                "스타트업", CompanyType.STARTUP, "ai 전문", CompanyType.AI)
                .forEach((name, type) -> COMPANY_TYPES.put(normalized(name), type));
        for (ApplicationOutcome outcome : ApplicationOutcome.values()) {
            OUTCOMES.put(normalized(outcome.name()), outcome);
        }
        Map.of("진행 중", ApplicationOutcome.OPEN, "불합격", ApplicationOutcome.REJECTED, "포기",
                ApplicationOutcome.WITHDRAWN, "잠수", ApplicationOutcome.GHOSTED, "open", ApplicationOutcome.OPEN,
                "rejected", ApplicationOutcome.REJECTED, "withdrawn", ApplicationOutcome.WITHDRAWN, "ghosted",
                ApplicationOutcome.GHOSTED)
                .forEach((name, outcome) -> OUTCOMES.put(normalized(name), outcome));
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-M-d");

    private ApplicationCsv() {
    }

    static String normalized(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    /** A cell a spreadsheet would run as a formula gets a leading apostrophe. */
    static String escape(String cell) {
        return app.waypoint.base.service.SpreadsheetCells.escape(cell);
    }

    static String unescape(String cell) {
        if (cell == null) {
            return null;
        }
        String stripped = cell.strip();
        if (stripped.length() > 1 && stripped.charAt(0) == '\'' && "=+-@\t\r".indexOf(stripped.charAt(1)) >= 0) {
            return stripped.substring(1);
        }
        return stripped;
    }

    /** ISO dates, and the dotted and slashed forms Korean spreadsheets use. */
    static LocalDate date(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(cell.strip().replace('.', '-').replace('/', '-').replaceAll("-$", ""), DATE);
        } catch (DateTimeParseException unreadable) {
            throw new IllegalArgumentException("application.csv.date.bad", unreadable);
        }
    }
}
