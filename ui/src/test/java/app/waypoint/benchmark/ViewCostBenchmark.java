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
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each main page costs the server, for an account with a thousand of everything: the live heap one more open
 * page holds (UIs kept alive, heap after a full collection) and the server time of loading it and of the main taps
 * (median and 95th percentile). Each figure is also given as a ratio to {@link TrivialView} measured in the same
 * run, and the ratios are held against the committed baseline: a page that costs twice what it did fails the run.
 *
 * <p>Not part of {@code verify} (the name does not end in "Test"); docs/performance.md has the command.
 */
class ViewCostBenchmark extends KaribuTest {

    private static final int KEPT_UIS = Integer.getInteger("benchmark.uis", 20);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 30);
    private static final int WARM_UP = 5;
    /** A ratio this many times the baseline's fails the run. */
    private static final double ALLOWED_GROWTH = 2.0;
    private static final long ROADMAP_HEAP_BUDGET = 300 * 1024;
    private static final Path DOCS = Path.of(System.getProperty("benchmark.docs", "../docs/performance"));
    private static final Path TARGET = Path.of("target/benchmark");

    @Autowired LargeAccount largeAccount;

    private final Map<String, Double> ratios = new LinkedHashMap<>();
    private final List<String> rows = new ArrayList<>();

    @Test
    void measure() throws IOException {
        accounts.signUp("admin@example.com", "Admin");
        signUpAndLogIn("bench@example.com", Language.EN);
        LargeAccount.Filled filled = largeAccount.fill(1_000, 300, 30, 3_000);
        openBrowser(Locale.ENGLISH);
        List<String> pages = List.of("", "roadmaps", "roadmaps/" + RichAccount.GUIDE, "skills", "projects",
                "projects/" + filled.project(), "interview", "interview/questions", "interview/review",
                "interview/problems", "interview/stories", "interview/mocks", "applications",
                "applications/" + filled.application(), "groups", "groups/" + filled.group(), "settings");

        long trivialHeap = heapPerUi("benchmark/trivial");
        Map<String, Long> heap = new LinkedHashMap<>();
        for (String page : pages) {
            heap.put(page, heapPerUi(page));
        }
        rows.add("| Live heap per open page | KB | × trivial (" + trivialHeap / 1024 + " KB) | baseline × | |");
        rows.add("|---|---:|---:|---:|---|");
        heap.forEach((page, bytes) -> row("heap " + name(page), bytes / 1024.0, (double) bytes / trivialHeap));

        Timing trivialTime = time("benchmark/trivial", this::reload);
        rows.add("");
        rows.add("| Server time | median ms | × trivial (" + trivialTime.ms(trivialTime.median()) + " ms) "
                + "| baseline × | | p95 ms | p95 × trivial |");
        rows.add("|---|---:|---:|---:|---|---:|---:|");
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

        assertThat(heap.get("roadmaps/" + RichAccount.GUIDE)).as("live heap of an open roadmap, bytes")
                .isLessThanOrEqualTo(ROADMAP_HEAP_BUDGET);
        Map<String, Double> baseline = baseline();
        List<String> grown = ratios.entrySet().stream()
                .filter(ratio -> baseline.containsKey(ratio.getKey())
                        && ratio.getValue() > ALLOWED_GROWTH * baseline.get(ratio.getKey()))
                .map(ratio -> ratio.getKey() + ": " + round(ratio.getValue()) + " against "
                        + round(baseline.get(ratio.getKey())))
                .toList();
        assertThat(grown).as("costs more than %s× the baseline's ratio%n%s", ALLOWED_GROWTH, report).isEmpty();
    }

    /** The live heap one more open page holds: UIs of it kept alive, measured after full collections. */
    private long heapPerUi(String page) {
        UI.getCurrent().navigate(page);
        for (int i = 0; i < WARM_UP; i++) {
            reload();
        }
        List<UI> kept = new ArrayList<>();
        long before = liveHeap();
        for (int i = 0; i < KEPT_UIS; i++) {
            reload();
            kept.add(UI.getCurrent());
        }
        long after = liveHeap();
        Reference.reachabilityFence(kept);
        return Math.max(0, (after - before) / KEPT_UIS);
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
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

    /** Marks the first topic done, then not started, and so on. */
    private final class StatusTaps implements Runnable {
        private boolean done;

        @Override
        public void run() {
            Component card = _get(Component.class, spec -> spec.withId("topic-python-core"));
            done = !done;
            _click(_get(card, Button.class, spec -> spec.withClasses(done ? "status-done" : "status-not-started")));
        }
    }

    /** Moves the first task of the to-do column to the next column, through its menu. */
    private void moveFirstToDo() {
        Component column = _get(Component.class, spec -> spec.withClasses("column-todo"));
        Component card = _find(column, Component.class, spec -> spec.withClasses("task-card")).get(0);
        MenuItem moveOn = _get(card, MenuBar.class).getItems().get(0).getSubMenu().getItems().get(0);
        ComponentUtil.fireEvent(moveOn, new ClickEvent<>(moveOn));
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
        rows.add("| " + measure + " | " + timing.ms(timing.median()) + " | " + round(ratio) + " | "
                + baselineOf(measure) + " | " + flag(measure, ratio) + " | " + timing.ms(timing.p95()) + " | "
                + round((double) timing.p95() / trivial.p95()) + " |");
    }

    private void row(String measure, double value, double ratio) {
        ratios.put(measure, ratio);
        rows.add("| " + measure + " | " + round(value) + " | " + round(ratio) + " | " + baselineOf(measure) + " | "
                + flag(measure, ratio) + " |");
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
                + "An account with 1,000 question cards, problems, applications, stories and mock interviews, a "
                + "project with 300 tasks and a group of 30 members with 3,000 feed events. " + KEPT_UIS
                + " UIs kept per page for the heap, " + RUNS + " runs per timing after " + WARM_UP + " to warm up. "
                + "Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores.\n\n"
                + String.join("\n", rows) + "\n";
    }

    private static String name(String page) {
        return "/" + page.replaceAll("/\\d+$", "/:id");
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
