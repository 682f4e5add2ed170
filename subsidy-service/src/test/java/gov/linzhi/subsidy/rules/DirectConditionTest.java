package gov.linzhi.subsidy.rules;

import dev.cel.runtime.CelVariableResolver;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The direct evaluation of the simple conditions answers as CEL's interpreter does, over random cases of every shape. */
class DirectConditionTest {

    private static Object randomValue(Fact f, Random random) {
        return switch (f.type()) {
            case BOOL -> random.nextBoolean();
            case INTEGER -> (long) random.nextInt(30);
            case DECIMAL -> BigDecimal.valueOf(random.nextInt(10_000), 2);
            case DATE -> LocalDate.of(2019, 1, 1).plusDays(random.nextInt(1100));
            case ENUM -> new ArrayList<>(f.codes()).get(random.nextInt(f.codes().size()));
            case SET -> {
                TreeSet<String> set = new TreeSet<>();
                f.codes().forEach(c -> {
                    if (random.nextInt(4) == 0) {
                        set.add(c);
                    }
                });
                yield set;
            }
            case TEXT -> random.nextBoolean() ? "电工" : "中式烹调师";
        };
    }

    @Test
    void everySimpleConditionOfTheBuiltInSetAnswersAsTheInterpreter() throws Exception {
        RuleSet set = RuleSetLoader.fromResource("rules/2019-2021/rule-set.yaml");
        List<RuleSet.Rule> direct = set.rules().stream().filter(r -> r.condition() != null && r.condition().direct() != null).toList();
        assertTrue(direct.size() >= 8, "the simple conditions are evaluated directly: " + direct.stream().map(RuleSet.Rule::id).toList());
        assertTrue(set.rules().stream().anyMatch(r -> r.condition() != null && r.condition().direct() == null),
                "comprehensions and functions stay with the interpreter");
        Random random = new Random(20201231);
        for (int i = 0; i < 3_000; i++) {
            Map<String, Object> values = new HashMap<>();
            for (Fact f : set.facts().values()) {
                Object value = f.optional() && random.nextBoolean() ? null : randomValue(f, random);
                Object cel = value == null ? null : f.type().toCel(value);
                values.put("facts." + f.name(), f.optional() ? Optional.ofNullable(cel) : cel);
            }
            values.put("params", set.paramsOn(LocalDate.of(2020, 6, 30)));
            values.put("history.trainingClaimsInYear", (long) random.nextInt(5));
            values.put("history.occupationLevelUsed", random.nextBoolean());
            values.put("history.personallyPaidTrainingForOccupationLevel", random.nextBoolean());
            values.put("institution.standing", ConditionLanguage.STANDINGS.get(random.nextInt(ConditionLanguage.STANDINGS.size())));
            CelVariableResolver variables = name -> Optional.ofNullable(values.get(name));
            for (RuleSet.Rule rule : direct) {
                boolean interpreted = (Boolean) rule.condition().program().eval(variables);
                assertEquals(interpreted, rule.condition().direct().eval(variables), rule.id() + " on " + values);
            }
        }
    }
}
