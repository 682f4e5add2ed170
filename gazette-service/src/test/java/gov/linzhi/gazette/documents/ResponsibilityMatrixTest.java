package gov.linzhi.gazette.documents;

import gov.linzhi.gazette.rest.Api;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The matrix on its own: departments in the order the clauses first name them, a lead anywhere stays the lead. */
class ResponsibilityMatrixTest {

    static Api.Clause clause(String path, Api.Department... departments) {
        return new Api.Clause(5, "林政办发〔2020〕5号", "方案", path, "条款", "正文", null, "", List.of(departments),
                departments[0].name(), List.of());
    }

    static Api.Department lead(String name) {
        return new Api.Department(name, true, false);
    }

    static Api.Department co(String name) {
        return new Api.Department(name, false, false);
    }

    @Test
    void departmentsComeInTheOrderTheyAreFirstNamedAndEachCellIsLeadOrCo() {
        var m = ResponsibilityMatrix.of(5, "方案", List.of(
                clause("3.1.1", lead("市人社局"), co("财政局"), co("国资委")),
                clause("3.1.4", lead("市应急管理局"), co("市人社局")),
                clause("3.2.1", lead("财政局"), co("财政局"), co("各县（区）人民政府"))));
        assertEquals(List.of("市人社局", "财政局", "国资委", "市应急管理局", "各县（区）人民政府"), m.departments());
        Api.ResponsibilityMatrix view = m.view();
        assertEquals(Map.of("市人社局", "LEAD", "财政局", "CO", "国资委", "CO"), view.rows().get(0).roles());
        assertEquals(Map.of("市应急管理局", "LEAD", "市人社局", "CO"), view.rows().get(1).roles());
        assertEquals("LEAD", view.rows().get(2).roles().get("财政局"), "named twice, lead once: the lead");
        assertEquals(List.of("市人社局", "市应急管理局"), List.copyOf(view.rows().get(1).roles().keySet()).stream().sorted(
                java.util.Comparator.comparingInt(m.departments()::indexOf)).toList());
    }
}
