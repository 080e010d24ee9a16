package app.waypoint.application.service;

import app.waypoint.account.service.CurrentUser;
import app.waypoint.application.domain.ApplicationChange;
import app.waypoint.application.domain.ApplicationChangeRepository;
import app.waypoint.application.domain.ApplicationOutcome;
import app.waypoint.application.domain.JobApplication;
import app.waypoint.application.domain.JobApplicationRepository;
import app.waypoint.base.service.HiddenCharacters;
import app.waypoint.base.service.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Job applications as CSV, for spreadsheets and for moving between instances: an export with the stage history,
 * and an import that accepts common Korean and English header names, previews each row's problems first, and
 * saves nothing from a file it refuses. Exporting, importing into an empty account and exporting again gives the
 * same file.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ApplicationCsvService {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 2000;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset KOREAN_WINDOWS = Charset.forName("x-windows-949");

    private final JobApplicationRepository applications;
    private final ApplicationChangeRepository changes;
    private final ApplicationService service;
    private final CurrentUser currentUser;

    ApplicationCsvService(JobApplicationRepository applications, ApplicationChangeRepository changes,
                          ApplicationService service, CurrentUser currentUser) {
        this.applications = applications;
        this.changes = changes;
        this.service = service;
        this.currentUser = currentUser;
    }

    /** Every application, oldest first, as UTF-8 CSV with a byte-order mark (so spreadsheets read Korean). */
    @Transactional(readOnly = true)
    public byte[] export() {
        List<JobApplication> mine = applications.findMine(currentUser.id()).stream()
                .sorted(Comparator.comparing(JobApplication::getCreatedAt).thenComparing(JobApplication::getId))
                .toList();
        Map<Long, List<ApplicationChange>> history = changes.findByApplicationIdInOrderByChangedAtAscIdAsc(
                        mine.stream().map(JobApplication::getId).toList()).stream()
                .collect(Collectors.groupingBy(ApplicationChange::getApplicationId));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(Arrays.stream(ApplicationCsv.Column.values()).map(column -> column.header)
                        .toArray(String[]::new)).get())) {
            for (JobApplication application : mine) {
                printer.printRecord(row(application, history.getOrDefault(application.getId(), List.of())).stream()
                        .map(ApplicationCsv::escape).toList());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    /** What importing the file would do, row by row; nothing is saved. */
    @Transactional(readOnly = true)
    public CsvPreview preview(byte[] file) {
        return read(file).preview();
    }

    /** Imports the rows without problems; a refused file imports nothing. Returns how many were imported. */
    public int importFile(byte[] file) {
        Reading reading = read(file);
        if (reading.fileProblem != null) {
            throw new InvalidInputException("file", reading.fileProblem);
        }
        int imported = 0;
        for (Parsed row : reading.rows) {
            if (row.problems.isEmpty()) {
                service.addImported(row.draft, row.stage, row.outcome, row.history);
                imported++;
            }
        }
        return imported;
    }

    private static List<String> row(JobApplication application, List<ApplicationChange> history) {
        return List.of(application.getCompany(), application.getRole(), application.getStage().getName(),
                application.getOutcome().name(), text(application.getCompanyType()), text(application.getSource()),
                text(application.getLocation()), text(application.getSalary()), text(application.getPostingUrl()),
                text(application.getPostingDeadline()), text(application.getAppliedOn()),
                text(application.getFollowUpOn()), text(application.getResumeVersion()), text(application.getTags()),
                application.getSkills().stream().map(skill -> skill.getKey()).sorted().collect(Collectors.joining(", ")),
                application.getContacts().stream().map(contact -> String.join("\t", text(contact.name()),
                        text(contact.role()), text(contact.reach()))).collect(Collectors.joining("\n")),
                text(application.getNotes()),
                history.stream().map(change -> change.getChangedAt() + "\t" + change.getOutcome().name() + "\t"
                        + change.getStageName()).collect(Collectors.joining("\n")));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private Reading read(byte[] file) {
        if (file == null || file.length == 0) {
            return Reading.refused("application.csv.empty");
        }
        if (file.length > MAX_BYTES) {
            return Reading.refused("application.csv.too-big");
        }
        String text = decode(file);
        if (text == null) {
            return Reading.refused("application.csv.encoding");
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                .get())) {
            Map<ApplicationCsv.Column, Integer> columns = new EnumMap<>(ApplicationCsv.Column.class);
            List<String> names = parser.getHeaderNames();
            for (int i = 0; i < names.size(); i++) {
                for (ApplicationCsv.Column column : ApplicationCsv.Column.values()) {
                    if (column.matches(names.get(i)) && !columns.containsKey(column)) {
                        columns.put(column, i);
                    }
                }
            }
            if (!columns.containsKey(ApplicationCsv.Column.COMPANY)) {
                return Reading.refused("application.csv.no-company");
            }
            List<Parsed> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    return Reading.refused("application.csv.too-many-rows");
                }
                rows.add(parse(record, columns));
            }
            if (rows.isEmpty()) {
                return Reading.refused("application.csv.no-rows");
            }
            return new Reading(null, rows);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            return Reading.refused("application.csv.unreadable");
        }
    }

    /** UTF-8 (with or without a byte-order mark), else the Korean Windows encoding older spreadsheets save in. */
    private static String decode(byte[] file) {
        int start = file.length >= 3 && file[0] == BOM[0] && file[1] == BOM[1] && file[2] == BOM[2] ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(file, start, file.length - start);
        for (Charset charset : List.of(StandardCharsets.UTF_8, KOREAN_WINDOWS)) {
            try {
                return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.duplicate()).toString();
            } catch (CharacterCodingException notThisOne) {
                // try the next encoding
            }
        }
        return null;
    }

    private static Parsed parse(CSVRecord record, Map<ApplicationCsv.Column, Integer> columns) {
        List<String> problems = new ArrayList<>();
        java.util.function.Function<ApplicationCsv.Column, String> cell = column -> {
            Integer index = columns.get(column);
            return index == null || index >= record.size() ? null : ApplicationCsv.unescape(record.get(index));
        };
        String company = cell.apply(ApplicationCsv.Column.COMPANY);
        String role = cell.apply(ApplicationCsv.Column.ROLE);
        String stage = blankToNull(cell.apply(ApplicationCsv.Column.STAGE));
        ApplicationOutcome outcome = ApplicationOutcome.OPEN;
        String outcomeCell = blankToNull(cell.apply(ApplicationCsv.Column.OUTCOME));
        if (outcomeCell != null) {
            outcome = ApplicationCsv.OUTCOMES.get(ApplicationCsv.normalized(outcomeCell));
            if (outcome == null) {
                problems.add("application.csv.outcome.bad");
                outcome = ApplicationOutcome.OPEN;
            }
        }
        var companyType = lookUp(cell.apply(ApplicationCsv.Column.COMPANY_TYPE), ApplicationCsv.COMPANY_TYPES,
                "application.csv.company-type.bad", problems);
        var source = lookUp(cell.apply(ApplicationCsv.Column.SOURCE), ApplicationCsv.SOURCES,
                "application.csv.source.bad", problems);
        java.time.LocalDate deadline = date(cell.apply(ApplicationCsv.Column.DEADLINE), problems);
        java.time.LocalDate applied = date(cell.apply(ApplicationCsv.Column.APPLIED), problems);
        java.time.LocalDate followUp = date(cell.apply(ApplicationCsv.Column.FOLLOW_UP), problems);
        List<ContactDraft> contacts = new ArrayList<>();
        String contactCell = blankToNull(cell.apply(ApplicationCsv.Column.CONTACTS));
        if (contactCell != null) {
            for (String line : contactCell.split("\n")) {
                String[] parts = line.split("\t", -1);
                contacts.add(new ContactDraft(part(parts, 0), part(parts, 1), part(parts, 2)));
            }
        }
        String skillCell = blankToNull(cell.apply(ApplicationCsv.Column.SKILLS));
        Set<String> skills = skillCell == null ? Set.of() : Arrays.stream(skillCell.split(","))
                .map(String::strip).filter(key -> !key.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        List<HistoryEntry> history = new ArrayList<>();
        String historyCell = blankToNull(cell.apply(ApplicationCsv.Column.HISTORY));
        if (historyCell != null) {
            try {
                for (String line : historyCell.split("\n")) {
                    String[] parts = line.split("\t", 3);
                    ApplicationOutcome then = ApplicationOutcome.valueOf(parts[1].strip());
                    history.add(new HistoryEntry(Instant.parse(parts[0].strip()), parts[2].strip(), then));
                }
            } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException | DateTimeParseException bad) {
                problems.add("application.csv.history.bad");
                history.clear();
            }
        }
        ApplicationDraft draft = new ApplicationDraft(company, role, cell.apply(ApplicationCsv.Column.URL), companyType,
                source, cell.apply(ApplicationCsv.Column.LOCATION), cell.apply(ApplicationCsv.Column.SALARY),
                deadline, applied, followUp, cell.apply(ApplicationCsv.Column.RESUME),
                cell.apply(ApplicationCsv.Column.NOTES), cell.apply(ApplicationCsv.Column.TAGS), contacts, skills);
        try {
            ApplicationService.check(draft);
            HiddenCharacters.refuseIn(draft, "draft");
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach(problem -> problems.add(problem.messageKey()));
        }
        return new Parsed(record.getRecordNumber() + 1, draft, stage, outcome, history, problems);
    }

    private static <T> T lookUp(String cell, Map<String, T> names, String problem, List<String> problems) {
        if (blankToNull(cell) == null) {
            return null;
        }
        T found = names.get(ApplicationCsv.normalized(cell));
        if (found == null) {
            problems.add(problem);
        }
        return found;
    }

    private static java.time.LocalDate date(String cell, List<String> problems) {
        try {
            return ApplicationCsv.date(cell);
        } catch (IllegalArgumentException unreadable) {
            problems.add(unreadable.getMessage());
            return null;
        }
    }

    private static String part(String[] parts, int index) {
        return index < parts.length ? blankToNull(parts[index]) : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private record Parsed(long line, ApplicationDraft draft, String stage, ApplicationOutcome outcome,
                          List<HistoryEntry> history, List<String> problems) {
    }

    private record Reading(String fileProblem, List<Parsed> rows) {

        static Reading refused(String problem) {
            return new Reading(problem, List.of());
        }

        CsvPreview preview() {
            if (fileProblem != null) {
                return CsvPreview.refused(fileProblem);
            }
            return new CsvPreview(null, rows.stream().map(row -> new CsvPreview.Row(row.line, row.draft.company(),
                    row.draft.role(), row.stage, List.copyOf(row.problems))).toList());
        }
    }
}
