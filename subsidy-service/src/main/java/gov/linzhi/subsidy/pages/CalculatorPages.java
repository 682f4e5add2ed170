package gov.linzhi.subsidy.pages;

import jakarta.annotation.security.PermitAll;
import gov.linzhi.subsidy.rulesets.RuleSetRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The subsidy calculator at {@code /}: the form is sent by GET, so a result is a link. 200 with the form alone
 * or with a decision (eligible or not); 400 with the form, each problem next to its field and what was typed
 * kept, when the case is not valid input (the status the API gives the same case).
 */
@Path("/")
@PermitAll
public class CalculatorPages {

    @Inject
    Calculator calculator;

    @Inject
    RuleSetRegistry registry;

    @GET
    @Produces(Templates.HTML)
    @Operation(hidden = true)
    public Response calculator(@Context UriInfo uri) {
        CalculatorForm form = CalculatorForm.of(uri.getQueryParameters());
        // choosing the programme (the form's first button) asks for that programme's facts; it decides nothing yet
        boolean choosing = "choose".equals(uri.getQueryParameters().getFirst("step"));
        Calculator.Outcome outcome = form.isEmpty() || choosing ? null : calculator.decide(form);
        CalculatorPageModel page = CalculatorPageModel.of(form, outcome, registry.current().latest().orElse(null));
        return Templates.page(page.invalid() ? Response.Status.BAD_REQUEST : Response.Status.OK, Templates.calculator(page));
    }
}
