package gov.linzhi.gazette.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;

/**
 * Indexes text as every character and every pair of adjacent characters of its {@link SearchText folded form}, one
 * position per character: a query of one character is a term, a longer one the phrase of its pairs, so every
 * contiguous string is found where it occurs (Chinese next to digits or Latin letters included, where a bigram
 * analyser breaks the text at the change of script) and nothing is found across two values of a field.
 */
public final class GramAnalyzer extends Analyzer {

    /** Positions between two values of one field (a title and a document number): no phrase spans them. */
    private static final int GAP = 1000;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new GramTokenizer());
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return GAP;
    }

    /** The pair of characters at each position of a folded string, as the terms a phrase query asks for. */
    public static String[] pairs(String folded) {
        int[] cps = folded.codePoints().toArray();
        String[] pairs = new String[Math.max(0, cps.length - 1)];
        for (int i = 0; i + 1 < cps.length; i++) {
            pairs[i] = new String(cps, i, 2);
        }
        return pairs;
    }

    private static final class GramTokenizer extends Tokenizer {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int[] codePoints;
        private int position;
        private boolean pairNext;

        @Override
        public boolean incrementToken() throws IOException {
            if (codePoints == null) {
                codePoints = SearchText.fold(readAll()).codePoints().toArray();
                position = 0;
                pairNext = false;
            }
            if (position >= codePoints.length) {
                return false;
            }
            clearAttributes();
            if (!pairNext) {
                term.setEmpty().append(new String(codePoints, position, 1));
                increment.setPositionIncrement(1);
                pairNext = position + 1 < codePoints.length;
                if (!pairNext) {
                    position++;
                }
            } else {
                term.setEmpty().append(new String(codePoints, position, 2));
                increment.setPositionIncrement(0);
                pairNext = false;
                position++;
            }
            return true;
        }

        private String readAll() throws IOException {
            StringBuilder all = new StringBuilder();
            char[] buffer = new char[4096];
            for (int n = input.read(buffer); n > 0; n = input.read(buffer)) {
                all.append(buffer, 0, n);
            }
            return all.toString();
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            codePoints = null;
        }
    }
}
