package gov.linzhi.tasks.departments;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DepartmentNamesTest {

    @Test
    void theCityPrefixIsCarriedOverAClauseList() {
        assertEquals(List.of("市应急管理局", "市场监管局", "市住建局", "市人社局", "各县（区）人民政府"),
                DepartmentNames.splitClause("市应急管理局、市场监管局、住建局、人社局，各县（区）人民政府等"));
        assertEquals(List.of("市教育局", "市组织部（编办）", "市人社局", "各县（区）人民政府"),
                DepartmentNames.splitClause("市教育局、组织部(编办)、人社局，各县(区)人民政府等"));
        assertEquals(List.of("市人社局", "团市委"), DepartmentNames.splitClause("市人社局、团市委"));
    }

    @Test
    void lookupKeysTryTheNameWithAndWithoutTheCityPrefix() {
        assertEquals(List.of("市人社局", "人社局"), DepartmentNames.candidates("市人社局"));
        assertEquals(List.of("住建局", "市住建局"), DepartmentNames.candidates(" 住建局 "));
    }

    @Test
    void theCountyGovernmentsAreRecognisedHoweverBracketed() {
        assertTrue(DepartmentNames.isAllCounties("各县(区)人民政府"));
        assertTrue(DepartmentNames.isAllCounties("各县（区）人民政府等"));
        assertFalse(DepartmentNames.isAllCounties("墨脱县人民政府"));
    }
}
