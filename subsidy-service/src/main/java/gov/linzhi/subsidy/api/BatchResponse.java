package gov.linzhi.subsidy.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The decisions of a batch, in the order of its cases. */
@Schema(name = "EvaluationBatchResponse")
public record BatchResponse(int count, List<DecisionView> results) {
}
