package app.waypoint.portfolio.service;

import app.waypoint.base.domain.Language;

import java.math.BigDecimal;

/** A project as a README draft for the person's own repository. */
final class ProjectMarkdown {

    private ProjectMarkdown() {
    }

    static String of(ProjectDetails project, Language language) {
        boolean ko = language == Language.KO;
        StringBuilder md = new StringBuilder();
        md.append("# ").append(project.title()).append("\n\n");
        if (project.summary() != null) {
            md.append(project.summary()).append("\n\n");
        }
        if (!project.skills().isEmpty()) {
            md.append(ko ? "## 기술 스택\n\n" : "## Tech stack\n\n");
            project.skills().forEach(skill -> md.append("- ").append(skill.name().in(language)).append('\n'));
            md.append('\n');
        }
        md.append(ko ? "## 구현 요소\n\n" : "## What it covers\n\n");
        for (ProjectDetails.Component component : project.components()) {
            md.append(component.done() ? "- [x] " : "- [ ] ").append(component.title().in(language));
            if (component.note() != null) {
                md.append(" — ").append(component.note());
            }
            md.append('\n');
        }
        md.append('\n');
        if (!project.results().isEmpty()) {
            md.append(ko ? "## 성과\n\n" : "## Results\n\n");
            md.append(ko ? "| 지표 | 이전 | 이후 | 변화 |\n|---|---|---|---|\n" : "| Metric | Before | After | Change |\n|---|---|---|---|\n");
            for (ProjectDetails.Result result : project.results()) {
                md.append("| ").append(result.metric())
                        .append(" | ").append(value(result.before(), result.unit()))
                        .append(" | ").append(value(result.after(), result.unit()))
                        .append(" | ").append(change(result, ko))
                        .append(" |\n");
            }
            md.append('\n');
        }
        boolean anyLink = project.repositoryUrl() != null || project.demoUrl() != null || project.writeupUrl() != null;
        if (anyLink) {
            md.append(ko ? "## 링크\n\n" : "## Links\n\n");
            link(md, ko ? "저장소" : "Repository", project.repositoryUrl());
            link(md, ko ? "데모" : "Demo", project.demoUrl());
            link(md, ko ? "회고 글" : "Write-up", project.writeupUrl());
        }
        return md.toString();
    }

    private static void link(StringBuilder md, String label, String url) {
        if (url != null) {
            md.append("- ").append(label).append(": <").append(url).append(">\n");
        }
    }

    private static String value(BigDecimal value, String unit) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString() + (unit == null ? "" : " " + unit);
    }

    /** The signed change and whether it is better or worse, so a cut in latency never reads like a drop in accuracy. */
    private static String change(ProjectDetails.Result result, boolean ko) {
        if (result.trend() == null) {
            return "";
        }
        String verdict = switch (result.trend()) {
            case IMPROVED -> ko ? "개선" : "better";
            case REGRESSED -> ko ? "악화" : "worse";
            case UNCHANGED -> ko ? "변화 없음" : "no change";
        };
        return signed(result.changePercent()) + "% (" + verdict + ")";
    }

    static String signed(int percent) {
        return percent > 0 ? "+" + percent : String.valueOf(percent);
    }
}
