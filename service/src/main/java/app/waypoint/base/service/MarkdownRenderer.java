package app.waypoint.base.service;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns a person's Markdown notes into HTML that is safe to show: raw HTML is escaped by the Markdown
 * renderer, and what it produces is cleaned again so no script, handler or javascript: link survives.
 */
@Component
public class MarkdownRenderer {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final Safelist allowed = Safelist.relaxed().removeTags("img")
            .addAttributes("a", "rel").preserveRelativeLinks(false);

    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = renderer.render(parser.parse(markdown));
        return Jsoup.clean(html, allowed);
    }
}
