package gov.linzhi.subsidy.pages;

import gov.linzhi.subsidy.api.CaseOrProject;
import gov.linzhi.subsidy.api.DifficultEnterpriseCost;
import gov.linzhi.subsidy.identity.CreditCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Annotation;
import java.util.Map;

/**
 * Says in Chinese, next to the field, what the API's own checks found: the Bean Validation constraints of
 * {@code EvaluationRequest} (whose messages are the API's English) and the catalogue's refusals of a case
 * naming a project. The checks stay where they are; only their wording is the page's.
 */
final class ChineseMessages {

    private ChineseMessages() {
    }

    static String of(ConstraintViolation<?> violation, CaseField field) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof CaseOrProject) {
            return (field.kind() == CaseField.Kind.CHOICE ? "请选择" : "请填写") + field.label();
        }
        if (constraint instanceof Min || constraint instanceof DecimalMin) {
            return field.label() + "不能小于 " + attributes.get("value");
        }
        if (constraint instanceof Max) {
            return field.label() + "不能大于 " + attributes.get("value");
        }
        if (constraint instanceof Positive) {
            return field.label() + "应为正整数";
        }
        if (constraint instanceof Digits) {
            return field.label() + "最多 " + attributes.get("integer") + " 位整数、" + attributes.get("fraction") + " 位小数";
        }
        if (constraint instanceof Size) {
            return field.label() + "最多 " + attributes.get("max") + " 个字";
        }
        if (constraint instanceof CreditCode) {
            return "不是有效的统一社会信用代码：应为18位，末位校验码须正确（GB 32100）";
        }
        if (constraint instanceof DifficultEnterpriseCost) {
            return "困难企业职工转岗培训按培训经费全额补贴，请填写培训经费";
        }
        return field.label() + "填写有误（" + violation.getMessage() + "）";
    }

    /** A refusal of {@code ProjectCases.resolve}: the project is unknown, or a field contradicts it. */
    static String ofCatalogue(CaseField field) {
        return field == CaseField.PROJECT_ID
                ? "培训项目目录中没有这个编号的项目"
                : field.label() + "与培训项目目录中该项目的登记内容不一致（可留空，由项目带出）";
    }
}
