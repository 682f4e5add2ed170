package gov.linzhi.tasks.pages;

import io.quarkus.qute.TemplateData;

/**
 * The sign-in form: where to go afterwards, the problem with the pasted token (next to the field),
 * and a notice (e.g. an expired session). The token itself is never written back into the page.
 */
@TemplateData
public record SignInPageModel(String next, String tokenError, String notice) {
}
