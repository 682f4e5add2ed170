package gov.linzhi.subsidy.identity;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentifiersTest {

    @Test
    void residentIdCheckCharacterFollowsGb11643() {
        // the standard's own example: 11010519491231002X
        assertTrue(ResidentIds.isValid("11010519491231002X"));
        assertTrue(ResidentIds.isValid("11010519491231002x"));
        assertFalse(ResidentIds.isValid("110105194912310021"));
        assertTrue(ResidentIds.isValid("540402199001191234"));
        assertFalse(ResidentIds.isValid("540402199001011230"));
    }

    @Test
    void residentIdNeedsEighteenCharactersAndARealBirthDate() {
        assertFalse(ResidentIds.isValid(null));
        assertFalse(ResidentIds.isValid("54040219900101123"));
        assertFalse(ResidentIds.isValid("5404021990011912346"));
        assertFalse(ResidentIds.isValid("5404021990A101123X"));
        String feb30 = "54040219900230123";
        assertFalse(ResidentIds.isValid(feb30 + ResidentIds.checkCharacter(feb30)));
    }

    @Test
    void digitsOfAnyScriptAndFullWidthFormsFoldToOneId() {
        assertEquals("11010519491231002X", ResidentIds.normalise("１１０１０５１９４９１２３１００２ｘ"));
        assertEquals("540402199001191234", ResidentIds.canonical("\u0665\u0664\u0660\u0664\u0660\u0662199001191234"));
        assertEquals("540402199001191234", ResidentIds.canonical("\u096b\u096a\u0966\u096a\u0966\u0968\u0967\u096f\u096f\u0966\u0966\u0967\u0967\u096f\u0967\u0968\u0969\u096a"));
        assertTrue(ResidentIds.isValid(ResidentIds.canonical("５４０４０２１９９００１１９１２３４")));
        // the validator folds before it checks, so a request in full width is valid and names the same person
        assertTrue(new ResidentId.Validator().isValid("５４０４０２１９９００１１９１２３４", null));
    }

    @Test
    void anythingElseNonAsciiIsRefused() {
        for (String id : new String[] {"54040219900119123Ⅹ", "540402\u00a099001191234", "５４０４０２１９９００１１９１２３Ж",
                "540402199001191234\u200b", "٥٤٠٤٠٢١٩٩٠٠١١٩١٢٣٤x\u0301"}) {
            assertFalse(ResidentIds.isValid(ResidentIds.canonical(id)), id);
            assertFalse(new ResidentId.Validator().isValid(id, null), id);
        }
        // isValid itself takes ASCII digits only: a full-width ID must be folded first
        assertFalse(ResidentIds.isValid("５４０４０２１９９００１１９１２３４"));
    }

    @Test
    void residentIdIsMaskedToFirstFourAndLastFour() {
        assertEquals("5404**********1234", ResidentIds.mask("540402199001191234"));
    }

    @Test
    void creditCodeCheckCharacterFollowsGb32100() {
        assertTrue(CreditCodes.isValid("91350100M000100Y43"));
        assertFalse(CreditCodes.isValid("91350100M000100Y44"));
        assertTrue(CreditCodes.isValid("91540400MA6T1234XT"));
        assertFalse(CreditCodes.isValid("91540400MA6T1234XI"), "I is not in the code's alphabet");
        assertFalse(CreditCodes.isValid("91540400MA6T1234X"));
        assertFalse(CreditCodes.isValid(null));
    }

    @Test
    void personDataIsEncryptedWithAFreshNonceAndHashedWithAKey() {
        byte[] k1 = new byte[32];
        byte[] k2 = new byte[32];
        k2[0] = 1;
        PersonDataCrypto crypto = new PersonDataCrypto(k1, k2);
        String a = crypto.encrypt("540402199001191234");
        String b = crypto.encrypt("540402199001191234");
        assertNotEquals(a, b, "same plaintext, different ciphertexts");
        assertFalse(a.contains("540402"));
        assertEquals("540402199001191234", crypto.decrypt(a));
        assertEquals(crypto.lookupHash("540402199001191234"), crypto.lookupHash("540402199001191234"));
        assertNotEquals(new PersonDataCrypto(k1, k1).lookupHash("540402199001191234"), crypto.lookupHash("540402199001191234"),
                "the look-up hash depends on the key");
    }

    @Test
    void tamperedCiphertextIsRefused() {
        PersonDataCrypto crypto = new PersonDataCrypto(new byte[32], new byte[32]);
        byte[] sealed = Base64.getDecoder().decode(crypto.encrypt("540402199001191234"));
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> crypto.decrypt(Base64.getEncoder().encodeToString(sealed)));
    }

    @Test
    void missingOrShortKeysAreExplained() {
        assertEquals("PERSON_DATA_KEY is not set: give 32 random bytes, base64-encoded (e.g. `openssl rand -base64 32`)",
                assertThrows(IllegalStateException.class, () -> PersonDataCrypto.decodeKey("PERSON_DATA_KEY", null)).getMessage());
        assertEquals("PERSON_DATA_KEY must decode to 32 bytes, not 16",
                assertThrows(IllegalStateException.class,
                        () -> PersonDataCrypto.decodeKey("PERSON_DATA_KEY", Base64.getEncoder().encodeToString(new byte[16]))).getMessage());
        assertEquals("PERSON_DATA_KEY is not valid base64",
                assertThrows(IllegalStateException.class, () -> PersonDataCrypto.decodeKey("PERSON_DATA_KEY", "***")).getMessage());
    }
}
