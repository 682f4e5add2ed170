package gov.linzhi.subsidy.persons;

import java.util.List;
import java.util.Objects;

/** The printable HTML page of a person's training record. Every value is escaped. */
final class PersonRecordHtml {

    private PersonRecordHtml() {
    }

    static String render(PersonRecordView r) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<title>劳动者职业培训电子档案 ").append(esc(r.personId())).append("</title>")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%;margin:1em 0}")
                .append("th,td{border:1px solid #444;padding:4px 6px;text-align:left;font-size:12px}td.n{text-align:right}")
                .append("@media print{body{margin:0}}</style></head><body>\n")
                .append("<h1>劳动者职业培训电子档案 / Training record</h1>\n")
                .append("<p>公民身份号码 / Resident ID: <strong>").append(esc(r.personId())).append("</strong></p>\n")
                .append("<p>已享受补贴 / Subsidised claims: ").append(r.subsidisedClaims()).append(", 金额 / amount: ")
                .append(esc(r.subsidisedAmount())).append(" 元</p>\n");
        h.append("<h2>按年度 / By year</h2>\n<table><thead><tr><th>年度 Year</th><th>培训 Trainings</th><th>证书 Certificates</th>")
                .append("<th>金额 Amount (元)</th></tr></thead><tbody>\n");
        for (PersonRecordView.YearSummary y : r.years()) {
            h.append("<tr><td>").append(y.year()).append("</td><td class=\"n\">").append(y.trainings()).append("</td><td class=\"n\">")
                    .append(y.certificates()).append("</td><td class=\"n\">").append(esc(y.amount())).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n<h2>记录 / Entries</h2>\n<table><thead><tr>");
        for (String c : List.of("申请 Claim", "状态 Status", "项目 Programme", "职业 Occupation", "等级 Level", "完成 Completed",
                "证书 Certificate", "机构 Institution", "培训项目 Project", "金额 Amount", "预拨 Advance", "交通 Transport", "追回 Clawback")) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (PersonRecordView.Entry e : r.entries()) {
            h.append("<tr>");
            cell(h, e.claimId());
            cell(h, e.status() + (e.reasons().isEmpty() ? "" : " " + String.join(", ", e.reasons())));
            cell(h, e.programme());
            cell(h, e.occupation());
            cell(h, e.level());
            cell(h, e.trainingCompletedOn());
            cell(h, e.certificateLevel() == null ? null : e.certificateLevel() + " " + Objects.toString(e.certificateIssuedOn(), ""));
            cell(h, e.institution() == null ? null : e.institution().name() + " (" + e.institution().creditCode() + ")");
            cell(h, e.project() == null ? null : e.project().name() + " · " + e.project().county());
            cell(h, e.amount());
            cell(h, e.advanceAmount());
            cell(h, e.transportAllowance());
            cell(h, e.clawedBackAt() == null ? null : e.clawedBackAt() + " " + Objects.toString(e.clawbackReason(), ""));
            h.append("</tr>\n");
        }
        return h.append("</tbody></table>\n</body></html>\n").toString();
    }

    private static void cell(StringBuilder h, Object value) {
        h.append("<td>").append(esc(value)).append("</td>");
    }

    /** HTML-escapes any value; null is empty. */
    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
