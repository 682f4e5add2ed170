package gov.linzhi.tasks.pages;

import io.quarkus.qute.TemplateData;

/** An HTML error page: status, heading and an explanation in Chinese. */
@TemplateData
public record ErrorModel(int status, String heading, String message) {

    static ErrorModel notFound(String message) {
        return new ErrorModel(404, "未找到", message);
    }

    static ErrorModel forbidden(String message) {
        return new ErrorModel(403, "无权查看", message);
    }

    static ErrorModel badRequest(String message) {
        return new ErrorModel(400, "请求有误", message);
    }
}
