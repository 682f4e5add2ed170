package gov.linzhi.platform.feed;

import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The feed is well-formed XML whatever the text holds, and keeps the text. */
class AtomWriterTest {

    @Test
    void hostileTextIsEscapedAndTheFeedParses() throws Exception {
        String hostile = "<script>&\"'\u0001报告";
        String xml = AtomWriter.write(new AtomWriter.Feed("tag:x,2020:feed", "标题 " + hostile, null, Instant.EPOCH, "督查室",
                "http://127.0.0.1/feed.atom?a=1&b=2", null, List.of(new AtomWriter.Entry("tag:x,2020:1", hostile, Instant.EPOCH, null,
                "http://127.0.0.1/x?a=1&b=2", null, "report.filed", hostile))));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("<script>&\"'报告", doc.getElementsByTagName("entry").item(0).getChildNodes().item(3).getTextContent());
        assertEquals("1970-01-01T08:00:00+08:00", AtomWriter.time(Instant.EPOCH));
    }
}
