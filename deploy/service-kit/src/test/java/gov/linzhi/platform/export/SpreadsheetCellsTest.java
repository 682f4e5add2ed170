package gov.linzhi.platform.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1", "＝1+1", "＋1", "－1", "＠SUM(A1)"})
    void textThatWouldStartAFormulaIsShownAsText(String hostile) {
        assertEquals("'" + hostile, SpreadsheetCells.text(hostile));
        assertEquals("'" + hostile, SpreadsheetCells.value(hostile));
    }

    @ParameterizedTest
    @ValueSource(strings = {"市人社局", "2.15 万人次", "a=b", " =1", "'quoted", ""})
    void otherTextIsKeptAsWritten(String text) {
        assertEquals(text, SpreadsheetCells.text(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "-2+3", "＝1", "'=x", "''=x", "'quoted", "市人社局", "", "'", "a'=b"})
    void aCellReadBackIsTheTextThatWasWritten(String text) {
        assertEquals(text, SpreadsheetCells.read(SpreadsheetCells.text(text)));
    }

    @Test
    void anApostropheTheCallerWroteBeforeAFormulaStartIsKept() {
        assertEquals("''=x", SpreadsheetCells.text("'=x"));
        assertEquals("'quoted", SpreadsheetCells.read("'quoted"));
    }

    @Test
    void numbersAndDatesStayWhatTheyAreAndNullIsAnEmptyCell() {
        BigDecimal negative = new BigDecimal("-1200");
        assertSame(negative, SpreadsheetCells.value(negative));
        LocalDate due = LocalDate.of(2020, 7, 5);
        assertSame(due, SpreadsheetCells.value(due));
        assertEquals("", SpreadsheetCells.value(null));
        assertEquals("", SpreadsheetCells.text(null));
    }
}
