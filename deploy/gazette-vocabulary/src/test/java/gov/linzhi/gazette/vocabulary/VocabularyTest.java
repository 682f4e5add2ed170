package gov.linzhi.gazette.vocabulary;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gazette's identifiers: every accepted spelling, the canonical one, the addresses built from them. */
class VocabularyTest {

    @Test
    void aDocumentNumberInAnyCommonSpellingIsOneNumberInItsCanonicalSpelling() {
        for (String spelling : List.of("林政办发〔2020〕5号", "林政办发[2020]5号", "林政办发【2020】第5号", "林政办发（２０２０）05号",
                "林政办发 (2020) 第 5 号", "林政办发［2020］5号")) {
            assertEquals("林政办发〔2020〕5号", DocumentNumber.of(spelling).canonical(), spelling);
        }
        for (String notOne : List.of("", "林政办发2020 5号", "ABC〔2020〕5号", "林政办发〔20〕5号", "林政办发〔2020〕0号",
                "林政办发〔2020〕5", "林".repeat(13) + "〔2020〕5号", "林政办发〔2020〕5号".repeat(10))) {
            assertTrue(DocumentNumber.parse(notOne).isEmpty(), notOne);
        }
        assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of("5号"));
    }

    @Test
    void aProvisionPathParsesPrintsAsTheGazetteNumbersAndKnowsItsParent() {
        ProvisionPath p = ProvisionPath.of("3.1.3");
        assertEquals("3.1.3", p.toString());
        assertEquals("三（一）3.", p.printed());
        assertEquals("7.14", ProvisionPath.of("7.14").toString());
        assertEquals("七（十四）", ProvisionPath.of("7.14").printed());
        assertEquals(ProvisionPath.of("3.1"), p.parent().orElseThrow());
        assertTrue(p.isWithin(ProvisionPath.of("3")));
        assertFalse(ProvisionPath.of("3").parent().isPresent());
        assertEquals("", ProvisionPath.of("0.1").printed(), "a paragraph of the preamble is not numbered");
        assertTrue(ProvisionPath.of("3.2").compareTo(ProvisionPath.of("3.10")) < 0, "numbers, not text");
        for (String notOne : List.of("", "3.", ".3", "3..1", "a.1", "-1", "1.-1", "12345", "1.1.1.1.1.1.1.1.1.1.1", "３.1")) {
            assertTrue(ProvisionPath.parse(notOne).isEmpty(), notOne);
        }
    }

    @Test
    void aProvisionAddressIsBuiltByOneEncoderForTheApiAndTheReader() {
        ProvisionAddress a = new ProvisionAddress(DocumentNumber.of("林政办发[2020]5号"), ProvisionPath.of("3.1.3"));
        String encoded = "%E6%9E%97%E6%94%BF%E5%8A%9E%E5%8F%91%E3%80%942020%E3%80%955%E5%8F%B7";
        assertEquals("https://gazette.linzhi.test/api/v1/documents/by-number/" + encoded + "/provisions/3.1.3",
                a.apiUrl("https://gazette.linzhi.test/"));
        assertEquals("https://gazette.linzhi.test/documents/by-number/" + encoded + "/provisions/3.1.3",
                a.readerUrl("https://gazette.linzhi.test"));
        assertEquals("/documents/by-number/林政办发〔2020〕5号/provisions/3.1.3", a.readable());
        assertEquals("a%20b%2Fc", ProvisionAddress.pathSegment("a b/c"));
        assertEquals("3.1.3/x?y", ProvisionAddress.fragment("3.1.3/x?y"));
    }
}
