package gov.linzhi.tasks.departments;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DepartmentNamesTest {

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
