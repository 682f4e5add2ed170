package gov.linzhi.subsidy.rules;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Names are compared by their canonical form: what looks the same is the same. */
class NamesTest {

    @Test
    void invisibleCharactersAndWidthDoNotMakeANewName() {
        assertEquals("中式烹调师", Names.canonical("中式\u200b烹调师"));
        assertEquals("中式烹调师", Names.canonical("\u2060中式烹调师\u200d\ufeff"));
        assertEquals("SYB创业培训", Names.canonical("ＳＹＢ创业培训"));
        assertEquals("汽车 维修工", Names.canonical("  汽车\u3000\t维修工\n"));
        assertEquals("电工", Names.canonical("电\u202e工"));
        assertEquals(Names.key("SYB创业培训"), Names.key("ｓｙｂ创业培训"));
    }

    @Test
    void aNameWithNothingVisibleIsEmpty() {
        assertEquals("", Names.canonical("\u200b\u200c \u0007"));
    }

    @Test
    void aTextFactRefusesANameWithNothingLeft() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FactType.TEXT.parse("\u200b\u200b", java.util.Set.of()));
        assertEquals("must be text of 1 to 200 characters", e.getMessage());
    }

    @Test
    void decimalsBeyondSaneBoundsAreRefusedBeforeAnyArithmetic() {
        assertThrows(IllegalArgumentException.class, () -> FactType.DECIMAL.parse(new java.math.BigDecimal("1E+2147483647"), java.util.Set.of()));
        assertThrows(IllegalArgumentException.class, () -> FactType.DECIMAL.parse(new java.math.BigDecimal("0.000001"), java.util.Set.of()));
        assertEquals(new java.math.BigDecimal("85.50"), FactType.DECIMAL.parse("85.50", java.util.Set.of()));
        assertThrows(IllegalArgumentException.class, () -> FactType.DATE.parse("+999999999-12-31", java.util.Set.of()));
        assertThrows(IllegalArgumentException.class, () -> FactType.DATE.parse("2101-01-01", java.util.Set.of()));
    }
}
