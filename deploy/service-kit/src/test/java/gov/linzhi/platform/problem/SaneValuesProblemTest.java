package gov.linzhi.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gov.linzhi.platform.json.SaneValues;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Decimals and dates beyond sane bounds are the field's wrong format, named; ordinary ones read as before. */
class SaneValuesProblemTest {

    record Case(BigDecimal busFareOneWay, LocalDate trainingCompletedOn) {
    }

    // registered after the standard time module, as the Quarkus customizer's priority makes it
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(SaneValues.module());

    @Test
    void ordinaryValuesReadAsBefore() throws Exception {
        Case c = JSON.readValue("{\"busFareOneWay\": 85.50, \"trainingCompletedOn\": \"2020-06-30\"}", Case.class);
        assertEquals(new BigDecimal("85.50"), c.busFareOneWay());
        assertEquals(LocalDate.of(2020, 6, 30), c.trainingCompletedOn());
        assertEquals(new BigDecimal("1E+29"), JSON.readValue("{\"busFareOneWay\": 1E+29}", Case.class).busFareOneWay(), "thirty digits");
    }

    @Test
    void anExponentOrScaleBeyondThirtyDigitsIsRefusedNamingTheField() {
        for (String value : new String[] {"1E+2147483647", "1E-2147483647", "1E+31", "0." + "1".repeat(31)}) {
            var e = assertThrows(InvalidFormatException.class, () -> JSON.readValue("{\"busFareOneWay\": " + value + "}", Case.class), value);
            var problem = ProblemMappers.jsonProblem(e, "/api/v1/evaluations");
            assertEquals(ProblemCodes.INVALID_VALUE, problem.code(), value);
            assertEquals("busFareOneWay", problem.violations().get(0).field(), value);
        }
    }

    @Test
    void aDateOutside1900To2100IsRefusedNamingTheField() {
        for (String value : new String[] {"+999999999-12-31", "1899-12-31", "2101-01-01", "-0001-01-01"}) {
            var e = assertThrows(InvalidFormatException.class,
                    () -> JSON.readValue("{\"trainingCompletedOn\": \"" + value + "\"}", Case.class), value);
            assertEquals("trainingCompletedOn", ProblemMappers.jsonProblem(e, "/x").violations().get(0).field(), value);
        }
    }
}
