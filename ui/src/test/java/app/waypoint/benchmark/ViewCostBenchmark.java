package app.waypoint.benchmark;

import app.waypoint.LargeAccount;
import app.waypoint.RichAccount;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static app.waypoint.LargeAccount.Filled.name;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each main page costs the server, for a busy person's account: the heap one more open page holds
 * (what its UIs alone reach) and the server time of loading it and of the main taps (median and 95th percentile).
 * Each figure is also given as a ratio to {@link TrivialView} measured in the same run, and the ratios (heap and
 * median times) are held against the committed baseline: a page or tap that costs twice what it did fails the run,
 * and so does a roadmap page holding more than {@value #ROADMAP_HEAP_BUDGET_KB} KB.
 *
 * <p>Not part of {@code verify} (the name does not end in "Test"); docs/performance.md has the command.
 */
class ViewCostBenchmark extends KaribuTest {

    private static final int KEPT_UIS = Integer.getInteger("benchmark.uis", 20);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 20);
    private static final int WARM_UP = 5;
    // a busy person's account; the statement budget is held for ten times as much in MainViewsStatementCountTest
    private static final int ITEMS = 100;
    private static final int TASKS = 60;
    private static final int MEMBERS = 12;
    private static final int FEED_EVENTS = 500;
    static final int ROADMAP_HEAP_BUDGET_KB = 300;
    /** A ratio this many times the baseline's fails the run. */
    private static final double ALLOWED_GROWTH = 2.0;
    private static final Path DOCS = Path.of(System.getProperty("benchmark.docs", "../docs/performance"));
    private static final Path TARGET = Path.of("target/benchmark");

    static {
        // records' fields have no offset the plain way; this lets the object walk read them too
        System.setProperty("jol.magicFieldOffset", "true");
    }

    @Autowired LargeAccount largeAccount;

    private final Map<String, Double> ratios = new LinkedHashMap<>();
    private OwnHeap ownHeap;
    private final List<String> rows = new ArrayList<>();

    @Test
    void measure() throws IOException {
        accounts.signUp("admin@example.com", "Admin");
        signUpAndLogIn("bench@example.com", Language.EN);
        LargeAccount.Filled filled = largeAccount.fill(ITEMS, TASKS, MEMBERS, FEED_EVENTS);
        openBrowser(Locale.ENGLISH);
        List<String> pages = filled.mainPages();

        long trivialHeap = Math.max(1024, heapPerUi("benchmark/trivial"));
        Map<String, Long> heap = new LinkedHashMap<>();
        for (String page : pages) {
            heap.put(page, heapPerUi(page));
        }
        add("| Heap one more open page holds | KB | × trivial (" + round(trivialHeap / 1024.0) + " KB) "
                + "| baseline × | |");
        add("|---|---:|---:|---:|---|");
        heap.forEach((page, bytes) -> {
            String measure = "heap " + name(page);
            double ratio = (double) bytes / trivialHeap;
            ratios.put(measure, ratio);
            add("| " + measure + " | " + round(bytes / 1024.0) + " | " + round(ratio) + " | " + baselineOf(measure)
                    + " | " + flag(measure, ratio) + " |");
        });

        Timing trivialTime = time("benchmark/trivial", this::reload);
        add("");
        add("| Server time | median ms | × trivial (" + trivialTime.ms(trivialTime.median()) + " ms) "
                + "| baseline × | | p95 ms | p95 × trivial |");
        add("|---|---:|---:|---:|---|---:|---:|");
        for (String page : pages) {
            time("load " + name(page), time(page, this::reload), trivialTime);
        }
        time("tap a topic's status", time("roadmaps/" + RichAccount.GUIDE, new StatusTaps()), trivialTime);
        time("move a task", time("projects/" + filled.project(), this::moveFirstToDo), trivialTime);

        String report = report();
        Files.createDirectories(TARGET);
        Files.writeString(TARGET.resolve("report.md"), report);
        Files.writeString(TARGET.resolve("baseline.csv"), csv());
        if (Boolean.getBoolean("benchmark.record")) {
            Files.writeString(DOCS.resolve("report.md"), report);
            Files.writeString(DOCS.resolve("baseline.csv"), csv());
        }

        assertThat(heap.get("roadmaps/" + RichAccount.GUIDE) / 1024).as("KB the roadmap page holds")
                .isLessThanOrEqualTo(ROADMAP_HEAP_BUDGET_KB);
        Map<String, Double> baseline = baseline();
        List<String> grown = ratios.entrySet().stream()
                .filter(ratio -> baseline.containsKey(ratio.getKey())
                        && ratio.getValue() > ALLOWED_GROWTH * baseline.get(ratio.getKey()))
                .map(ratio -> ratio.getKey() + ": " + round(ratio.getValue()) + " against "
                        + round(baseline.get(ratio.getKey())))
                .toList();
        assertThat(grown).as("costs more than %s× the baseline's ratio%n%s", ALLOWED_GROWTH, report).isEmpty();
    }

    /**
     * The bytes one more open page holds: what its UIs reach that the application does not share, less what the
     * first of them reaches too (texts from the translations, say), so that what all UIs share cancels out.
     */
    private long heapPerUi(String page) {
        UI.getCurrent().navigate(page);
        for (int i = 0; i < WARM_UP; i++) {
            reload();
        }
        List<UI> kept = new ArrayList<>();
        for (int i = 0; i < KEPT_UIS; i++) {
            reload();
            UI ui = UI.getCurrent();
            // a server sends the changes of a response and forgets them; nothing here sends them, so forget them
            ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
            ui.getInternals().getStateTree().collectChanges(change -> { });
            kept.add(ui);
        }
        reload(); // none of the kept UIs is the current one, which the session and this thread reach
        OwnHeap heap = ownHeap();
        long first = heap.of(List.of(kept.getFirst()));
        long all = heap.of(kept);
        assertThat(all).as(() -> "the UIs of " + page + " reach one another, so what one holds cannot be told "
                + "apart: " + heap.pathTo(kept.getFirst(), kept.getLast())).isGreaterThan(first);
        return (all - first) / (KEPT_UIS - 1);
    }

    private OwnHeap ownHeap() {
        if (ownHeap == null) {
            ownHeap = new OwnHeap(context);
        }
        return ownHeap;
    }

    /** The page loaded afresh, layout and view, as a browser's reload does. */
    private void reload() {
        UI.getCurrent().getPage().reload();
    }

    private Timing time(String page, Runnable interaction) {
        UI.getCurrent().navigate(page);
        for (int i = 0; i < WARM_UP; i++) {
            inOneRequest(interaction);
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            inOneRequest(interaction);
            nanos[i] = System.nanoTime() - start;
        }
        return new Timing(nanos);
    }

    /** Marks the first topic as being learnt, then not started, and so on. */
    private final class StatusTaps implements Runnable {
        private boolean done;

        @Override
        public void run() {
            // the card and its root element share the id
            Component card = _find(Component.class, spec -> spec.withId("topic-python-core")).get(0);
            done = !done;
            // "learning" rather than "done", which asks first while sub-topics are open
            _click(_get(card, Button.class, spec -> spec.withClasses(done ? "status-in-progress" : "status-not-started")));
        }
    }

    /** Moves the first to-do to "doing" through its menu; once none is left, the first "doing" back to to-do. */
    private void moveFirstToDo() {
        List<Component> toDo = cards("column-todo");
        Component card = toDo.isEmpty() ? cards("column-doing").get(0) : toDo.get(0);
        MenuItem moveOn = _get(card, MenuBar.class).getItems().get(0).getSubMenu().getItems().get(0);
        ComponentUtil.fireEvent(moveOn, new ClickEvent<>(moveOn));
    }

    private static List<Component> cards(String column) {
        return _find(_get(Component.class, spec -> spec.withClasses(column)), Component.class,
                spec -> spec.withClasses("task-card"));
    }

    private record Timing(long[] nanos) {
        Timing {
            nanos = nanos.clone();
            Arrays.sort(nanos);
        }

        long median() {
            return nanos[nanos.length / 2];
        }

        long p95() {
            return nanos[(int) Math.ceil(nanos.length * 0.95) - 1];
        }

        String ms(long value) {
            return round(value / 1e6);
        }
    }

    private void time(String measure, Timing timing, Timing trivial) {
        double ratio = (double) timing.median() / trivial.median();
        ratios.put(measure, ratio);
        add("| " + measure + " | " + timing.ms(timing.median()) + " | " + round(ratio) + " | "
                + baselineOf(measure) + " | " + flag(measure, ratio) + " | " + timing.ms(timing.p95()) + " | "
                + round((double) timing.p95() / trivial.p95()) + " |");
    }

    private String baselineOf(String measure) {
        Double ratio = baseline().get(measure);
        return ratio == null ? "new" : round(ratio);
    }

    private String flag(String measure, double ratio) {
        Double was = baseline().get(measure);
        return was != null && ratio > ALLOWED_GROWTH * was ? "**grown " + round(ratio / was) + "×**" : "";
    }

    private Map<String, Double> baseline;

    private Map<String, Double> baseline() {
        if (baseline == null) {
            baseline = new LinkedHashMap<>();
            Path file = DOCS.resolve("baseline.csv");
            try {
                if (Files.exists(file)) {
                    Files.readAllLines(file).stream().skip(1).map(line -> line.split(","))
                            .forEach(cells -> baseline.put(cells[0], Double.parseDouble(cells[1])));
                }
            } catch (IOException unreadable) {
                throw new IllegalStateException("Cannot read " + file, unreadable);
            }
        }
        return baseline;
    }

    private String csv() {
        StringBuilder csv = new StringBuilder("measure,ratio to the trivial page\n");
        ratios.forEach((measure, ratio) -> csv.append(measure).append(',').append(round(ratio)).append('\n'));
        return csv.toString();
    }

    private String report() {
        return "# View cost benchmark\n\n"
                + "An account with " + ITEMS + " question cards, problems, applications, stories and mock interviews, "
                + "a project with " + TASKS + " tasks and a group of " + MEMBERS + " members with " + FEED_EVENTS
                + " feed events. " + KEPT_UIS
                + " UIs kept per page for the heap, " + RUNS + " runs per timing after " + WARM_UP + " to warm up. "
                + "Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores.\n\n"
                + String.join("\n", rows) + "\n";
    }

    /** A line of the report, also printed as it is measured, so a long run shows where it is. */
    private void add(String row) {
        rows.add(row);
        System.out.println(row);
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
