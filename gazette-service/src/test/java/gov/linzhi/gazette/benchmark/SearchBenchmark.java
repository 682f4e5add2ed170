package gov.linzhi.gazette.benchmark;

import gov.linzhi.gazette.parsing.GazetteParser;
import gov.linzhi.gazette.parsing.Parsed;
import gov.linzhi.gazette.search.LuceneSearchIndex;
import gov.linzhi.gazette.search.OpenSearchSearchIndex;
import gov.linzhi.gazette.search.SearchIndex;
import gov.linzhi.platform.opensearch.SearchNodeProcess;
import gov.linzhi.platform.testing.MariaDbTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Not a test: a benchmark, excluded from the normal build. Run it with
 * {@code ../mvnw -q verify -Pbenchmark} from gazette-service/. It builds a synthetic corpus of
 * 10,000 documents from the seed's sentences and titles, indexes it in the embedded Lucene index and
 * on a real OpenSearch node and in a MariaDB table, and compares search latency (p50/p95) of both indexes with a SQL
 * {@code LIKE '%word%'} scan of
 * the same rows; it also measures the parser's throughput on the seed. Results go to stdout and to
 * {@code target/benchmark-results.md}.
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "gazette"))
class SearchBenchmark {

    /** {@code -Dbenchmark.smoke=true} (CI): a small corpus and few rounds, so that the benchmark and its check run; the figures mean nothing. */
    static final boolean SMOKE = Boolean.getBoolean("benchmark.smoke");
    static final int DOCUMENTS = SMOKE ? 500 : 10_000;
    static final int WARMUP = SMOKE ? 1 : 10;
    /** Searches of every query before any is timed, so the JIT has compiled the search path (as in a service running for a while). */
    static final int JIT_WARMUP_ROUNDS = SMOKE ? 2 : 200;
    static final int RUNS = SMOKE ? 3 : 40;
    static final List<String> QUERIES = List.of("学徒", "技能提升补贴", "藏香猪", "双语幼儿园", "财政", "创业培训",
            "高危行业", "职业院校", "脱贫攻坚", "旅游", "生态", "乡村振兴");

    @Inject
    DataSource dataSource;

    @TempDir
    Path indexFolder;

    @Test
    void searchLatencyLuceneVersusLikeAndParserThroughput() throws Exception {
        String seed = seed();
        StringBuilder report = new StringBuilder();
        String loadBefore = loadAverage();
        report.append(parserThroughput(seed));

        List<SearchIndex.IndexedDocument> corpus = corpus(new GazetteParser().parse(seed));
        long t0 = System.nanoTime();
        loadTable(corpus);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        LuceneSearchIndex index = new LuceneSearchIndex(indexFolder);
        t0 = System.nanoTime();
        index.replaceAll(corpus, 0);
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        OpenSearchSearchIndex opensearch = new OpenSearchSearchIndex(SearchNodeProcess.shared().url(),
                "benchmark-" + System.nanoTime(), 1, 0, java.time.Duration.ofSeconds(60));
        t0 = System.nanoTime();
        opensearch.replaceAll(corpus, 0);
        double opensearchSeconds = (System.nanoTime() - t0) / 1e9;
        int rows = corpus.stream().mapToInt(d -> d.provisions().size() + 1).sum();
        report.append(String.format(Locale.ROOT, "%nCorpus: %,d documents, %,d rows (title + provisions), %,d characters;"
                        + " MariaDB load %.1f s, Lucene index build %.1f s, OpenSearch index build %.1f s.%n%n", corpus.size(), rows,
                corpus.stream().mapToLong(d -> d.title().length() + d.provisions().stream()
                        .mapToLong(p -> p.text().length()).sum()).sum(), loadSeconds, indexSeconds, opensearchSeconds));
        report.append("| query | matching documents | Lucene p50 ms | Lucene p95 ms | OpenSearch p50 ms | OpenSearch p95 ms"
                + " | LIKE p50 ms | LIKE p95 ms | LIKE p50 / Lucene p50 |\n");
        report.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<Double> allLucene = new ArrayList<>();
        List<Double> allOpenSearch = new ArrayList<>();
        List<Double> allLike = new ArrayList<>();
        for (int round = 0; round < JIT_WARMUP_ROUNDS; round++) {
            for (String q : QUERIES) {
                index.search(new SearchIndex.Query(q, null, null, null, null, null, null, 0, 10));
                opensearch.search(new SearchIndex.Query(q, null, null, null, null, null, null, 0, 10));
            }
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement like = c.prepareStatement("SELECT document_id, COUNT(*) AS n FROM bench_row "
                     + "WHERE text LIKE ? GROUP BY document_id ORDER BY n DESC, document_id")) {
            for (String q : QUERIES) {
                SearchIndex.Query query = new SearchIndex.Query(q, null, null, null, null, null, null, 0, 10);
                long luceneTotal = index.search(query).total();
                int likeTotal = likeSearch(like, q);
                assertEquals(likeTotal, luceneTotal, "both engines find the same documents for " + q);
                assertEquals(luceneTotal, opensearch.search(query).total(), "OpenSearch finds what Lucene finds for " + q);
                double[] lucene = new double[RUNS];
                double[] cluster = new double[RUNS];
                double[] sql = new double[RUNS];
                for (int i = 0; i < WARMUP + RUNS; i++) {
                    long s = System.nanoTime();
                    index.search(query);
                    long m = System.nanoTime();
                    opensearch.search(query);
                    long o = System.nanoTime();
                    likeSearch(like, q);
                    long e = System.nanoTime();
                    if (i >= WARMUP) {
                        lucene[i - WARMUP] = (m - s) / 1e6;
                        cluster[i - WARMUP] = (o - m) / 1e6;
                        sql[i - WARMUP] = (e - o) / 1e6;
                    }
                }
                Arrays.stream(lucene).forEach(allLucene::add);
                Arrays.stream(cluster).forEach(allOpenSearch::add);
                Arrays.stream(sql).forEach(allLike::add);
                report.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %.2f | %.1f | %.1f | %.0f× |%n", q, luceneTotal,
                        pct(lucene, 50), pct(lucene, 95), pct(cluster, 50), pct(cluster, 95), pct(sql, 50), pct(sql, 95),
                        pct(sql, 50) / pct(lucene, 50)));
            }
        }
        double[] l = allLucene.stream().mapToDouble(Double::doubleValue).toArray();
        double[] o = allOpenSearch.stream().mapToDouble(Double::doubleValue).toArray();
        double[] s = allLike.stream().mapToDouble(Double::doubleValue).toArray();
        report.append(String.format(Locale.ROOT, "| **all queries** | | **%.2f** | **%.2f** | **%.2f** | **%.2f** | **%.1f** | **%.1f** | **%.0f×** |%n",
                pct(l, 50), pct(l, 95), pct(o, 50), pct(o, 95), pct(s, 50), pct(s, 95), pct(s, 50) / pct(l, 50)));
        report.append(String.format(Locale.ROOT, "%nLucene: top 10 documents with highlighted snippets, total and facet counts"
                + " (in process). OpenSearch: the same search on a real single-node OpenSearch 2.19 (a process of its own on"
                + " this machine, 512 MB heap, one shard) over HTTP, answered alike. LIKE: `SELECT document_id, COUNT(*) … WHERE text LIKE '%%word%%' GROUP BY document_id"
                + " ORDER BY COUNT(*) DESC` over JDBC to the test MariaDB 10.11 (no index can serve a leading wildcard)."
                + " %d timed runs per query after %d warm-up runs of both; before them, %d rounds of every query on Lucene to"
                + " compile its search path.%n", RUNS, WARMUP, JIT_WARMUP_ROUNDS));
        report.append(String.format(Locale.ROOT, "%nMachine: %d cores; load average (1, 5, 15 min) before the run %s, after it %s.%n",
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage()));
        index.close();
        opensearch.close();
        System.out.println("\n===== gazette-service benchmark =====\n" + report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-results.md"), report.toString());
    }

    /** The machine's load as /proc/loadavg gives it, so a figure is read beside what else was running. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String parserThroughput(String seed) {
        GazetteParser parser = new GazetteParser();
        for (int i = 0; i < 20; i++) {
            parser.parse(seed);
        }
        int runs = 200;
        long start = System.nanoTime();
        int provisions = 0;
        for (int i = 0; i < runs; i++) {
            provisions += parser.parse(seed).documents().stream().mapToInt(d -> d.provisions().size()).sum();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double mb = seed.getBytes(StandardCharsets.UTF_8).length * (double) runs / 1e6;
        return String.format(Locale.ROOT, "Parser: the seed issue (%,d bytes, %,d characters) parsed %d times in %.2f s:"
                        + " %.1f ms per issue, %.1f MB/s, %,.0f provisions/s.%n",
                seed.getBytes(StandardCharsets.UTF_8).length, seed.length(), runs, seconds, seconds * 1000 / runs,
                mb / seconds, provisions / seconds);
    }

    private static int likeSearch(PreparedStatement like, String q) throws SQLException {
        like.setString(1, "%" + q + "%");
        int n = 0;
        try (ResultSet rs = like.executeQuery()) {
            while (rs.next()) {
                n++;
            }
        }
        return n;
    }

    /** 10,000 documents whose titles and provisions are drawn from the seed's titles, headings and sentences. */
    static List<SearchIndex.IndexedDocument> corpus(Parsed.Issue issue) {
        List<String> sentences = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (Parsed.Document d : issue.documents()) {
            for (Parsed.Provision p : d.provisions()) {
                headings.add(p.heading());
                for (String s : p.text().split("(?<=[。！？；])")) {
                    if (s.length() > 4) {
                        sentences.add(s.strip());
                    }
                }
            }
        }
        List<String> authorities = List.of("林芝市人民政府", "林芝市人民政府办公室", "林芝市人力资源和社会保障局", "林芝市财政局");
        List<String> genres = List.of("通知", "方案", "意见", "办法", "报告");
        Random random = new Random(20200116);
        List<SearchIndex.IndexedDocument> out = new ArrayList<>(DOCUMENTS);
        for (int i = 1; i <= DOCUMENTS; i++) {
            String genre = genres.get(random.nextInt(genres.size()));
            String title = "林芝市关于" + headings.get(random.nextInt(headings.size())) + "的" + genre;
            List<SearchIndex.IndexedProvision> provisions = new ArrayList<>();
            int count = 3 + random.nextInt(5);
            for (int p = 1; p <= count; p++) {
                StringBuilder text = new StringBuilder();
                int n = 2 + random.nextInt(4);
                for (int k = 0; k < n; k++) {
                    text.append(sentences.get(random.nextInt(sentences.size())));
                }
                provisions.add(new SearchIndex.IndexedProvision(String.valueOf(p),
                        headings.get(random.nextInt(headings.size())), text.toString()));
            }
            LocalDate signed = LocalDate.of(2015 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));
            out.add(new SearchIndex.IndexedDocument(i, title, "林政发〔" + signed.getYear() + "〕" + i + "号", "市政府文件",
                    authorities.get(random.nextInt(authorities.size())), genre, signed, signed.getYear(), provisions));
        }
        return out;
    }

    private void loadTable(List<SearchIndex.IndexedDocument> corpus) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS bench_row");
            st.execute("CREATE TABLE bench_row (id BIGINT AUTO_INCREMENT PRIMARY KEY, document_id BIGINT NOT NULL,"
                    + " path VARCHAR(20) NULL, text LONGTEXT NOT NULL, KEY ix_bench_document (document_id))"
                    + " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_row (document_id, path, text) VALUES (?, ?, ?)")) {
                int batch = 0;
                for (SearchIndex.IndexedDocument d : corpus) {
                    // the title row carries the number, as the Lucene title document does
                    add(insert, d.id(), null, d.title() + " " + d.documentNumber());
                    for (SearchIndex.IndexedProvision p : d.provisions()) {
                        add(insert, d.id(), p.path(), p.text());
                    }
                    if (++batch % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            st.execute("ANALYZE TABLE bench_row");
        }
    }

    private static void add(PreparedStatement insert, long id, String path, String text) throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, path);
        insert.setString(3, text);
        insert.addBatch();
    }

    private static double pct(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String seed() throws IOException {
        try (InputStream in = SearchBenchmark.class.getResourceAsStream("/seed/linzhi-gazette-2020-01.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
