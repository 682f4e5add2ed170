package gov.linzhi.tasks.pages;

import io.quarkus.qute.TemplateData;

/** An HTML error page: status, heading and an explanation in Chinese. */
@TemplateData
public record ErrorPageModel(int status, String heading, String message) {

    static ErrorPageModel notFound(String message) {
        return new ErrorPageModel(404, "未找到", message);
    }

    static ErrorPageModel forbidden(String message) {
        return new ErrorPageModel(403, "无权查看", message);
    }

    static ErrorPageModel badRequest(String message) {
        return new ErrorPageModel(400, "请求有误", message);
    }
}
