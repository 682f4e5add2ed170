package gov.linzhi.tasks.plans;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.tasks.clients.GazetteApi;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shipped rules on the vocational plan's own quantities, as gazette-service reads them. */
class IndicatorRulesTest {

    private final IndicatorRules rules = IndicatorRules.shipped(new ObjectMapper());

    private static GazetteApi.Quantity q(String value, String unit, String context) {
        return new GazetteApi.Quantity(new BigDecimal(value), unit, value + unit, context);
    }

    @Test
    void targetsAreNamedByTheirWordsAndRulesAreLeftOut() {
        assertEquals(List.of(new IndicatorRules.Target("自治区级创业孵化基地", "家", new BigDecimal("2")),
                        new IndicatorRules.Target("市级创业孵化基地", "家", new BigDecimal("4"))),
                rules.targets(List.of(q("2", "家", "建成自治区级创业孵化基地2家"), q("4", "家", "市级创业孵化基地4家"))));
        assertEquals(List.of(new IndicatorRules.Target("职业院校“双师型”教师占比", "%", new BigDecimal("50")),
                        new IndicatorRules.Target("民办职业培训机构专职教师比例", "%", new BigDecimal("30"))),
                rules.targets(List.of(q("50", "%", "职业院校“双师型”教师占比达到50%"), q("30", "%", "民办职业培训机构专职教师比例达到30%"))));
        assertEquals(List.of(), rules.targets(List.of(q("1000", "元/人", "按照初级工（五级）1000元/人"),
                q("12", "个月", "可在证书核发之日起12个月以内到参保地失业保险经办机构申领技能提升补贴"),
                q("30", "%", "可先行拨付30%的补贴资金"), q("50", "%", "按补贴标准的50%给予补贴"),
                q("3", "次", "将职业技能培训补贴由每人每年可享受1次调整为每人每年可享受不超过3次"))), "standards, deadlines, limits");
        assertEquals(List.of(), rules.targets(List.of(q("60", "%", "其中60%以上用于一线职工培训"))),
                "no words before the number to name it by");
        assertEquals(List.of(new IndicatorRules.Target("全市开展各类补贴性职业技能培训", "万人次", new BigDecimal("2.15")),
                        new IndicatorRules.Target("技工学校", "家", new BigDecimal("1"))),
                rules.targets(List.of(q("2.15", "万人次", "全市开展各类补贴性职业技能培训2.15万人次以上"), q("1", "家", "建成技工学校1家"))));
    }
}
