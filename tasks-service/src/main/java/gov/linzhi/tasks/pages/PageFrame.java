package gov.linzhi.tasks.pages;

import io.quarkus.qute.TemplateData;

/**
 * What the shared page frame (templates/base.html) needs: the page title, which navigation entry is
 * the current page ({@code board}, {@code sign-in} or empty), and who is signed in (null when nobody).
 */
@TemplateData
public record PageFrame(String title, String current, PageUser user) {
}
