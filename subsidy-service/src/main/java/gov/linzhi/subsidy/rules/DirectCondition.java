package gov.linzhi.subsidy.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelReference;
import dev.cel.runtime.CelVariableResolver;

import java.util.List;
import java.util.Optional;

/**
 * A checked CEL condition of the simplest shapes, evaluated without the interpreter: references to bool, string
 * and int variables, literals, {@code !}, {@code &&}, {@code ||}, {@code ==} and {@code !=} of two operands of one
 * type, and {@code optional.orValue(literal)}. Most of the plan's conditions are of these shapes
 * ({@code facts.receivesMonthlyPension}, {@code institution.standing == "DISQUALIFIED"}, the 5.8 supplement's and
 * the advance's tests); they are decided in a few map reads instead of an interpreter walk (the interpreter
 * looked up each node's type and reference on every evaluation). The type checker has accepted the expression,
 * so no operand can be of an unexpected type and no error can arise: short-circuiting gives CEL's answer. Any
 * other shape (comprehensions, functions, arithmetic, maps) is left to CEL: {@link #of} answers empty.
 */
final class DirectCondition {

    /** A node evaluated directly. */
    @FunctionalInterface
    interface Node {
        Object eval(CelVariableResolver variables);
    }

    private DirectCondition() {
    }

    /** The direct evaluator of a checked expression, or empty when it is not of the simple shapes. */
    static Optional<Node> of(CelAbstractSyntaxTree ast) {
        try {
            return Optional.of(node(ast, ast.getExpr()));
        } catch (UnsupportedShape e) {
            return Optional.empty();
        }
    }

    /** The expression is of a shape left to the interpreter. */
    private static final class UnsupportedShape extends Exception {
        UnsupportedShape() {
            super(null, null, false, false);
        }
    }

    private static Node node(CelAbstractSyntaxTree ast, CelExpr e) throws UnsupportedShape {
        Optional<CelReference> reference = ast.getReference(e.id());
        if (reference.isPresent() && reference.get().value().isEmpty()
                && (e.exprKind().getKind() == CelExpr.ExprKind.Kind.IDENT || e.exprKind().getKind() == CelExpr.ExprKind.Kind.SELECT)) {
            String name = reference.get().name();
            return variables -> variables.find(name).orElseThrow(() -> new IllegalStateException("no value for " + name));
        }
        switch (e.exprKind().getKind()) {
            case CONSTANT -> {
                Object value = constant(e.constant());
                return variables -> value;
            }
            case CALL -> {
                return call(ast, e.call());
            }
            default -> throw new UnsupportedShape();
        }
    }

    private static Object constant(CelConstant c) throws UnsupportedShape {
        return switch (c.getKind()) {
            case BOOLEAN_VALUE -> c.booleanValue();
            case STRING_VALUE -> c.stringValue();
            case INT64_VALUE -> c.int64Value();
            default -> throw new UnsupportedShape();
        };
    }

    private static Node call(CelAbstractSyntaxTree ast, CelExpr.CelCall call) throws UnsupportedShape {
        List<CelExpr> args = call.args();
        switch (call.function()) {
            case "!_" -> {
                Node operand = node(ast, args.get(0));
                return v -> !(Boolean) operand.eval(v);
            }
            case "_&&_" -> {
                Node left = node(ast, args.get(0));
                Node right = node(ast, args.get(1));
                return v -> (Boolean) left.eval(v) && (Boolean) right.eval(v);
            }
            case "_||_" -> {
                Node left = node(ast, args.get(0));
                Node right = node(ast, args.get(1));
                return v -> (Boolean) left.eval(v) || (Boolean) right.eval(v);
            }
            case "_==_", "_!=_" -> {
                if (!scalar(ast, args.get(0)) || !scalar(ast, args.get(1))) {
                    throw new UnsupportedShape();
                }
                Node left = node(ast, args.get(0));
                Node right = node(ast, args.get(1));
                boolean equal = call.function().equals("_==_");
                return v -> left.eval(v).equals(right.eval(v)) == equal;
            }
            case "orValue" -> {
                if (call.target().isEmpty() || args.size() != 1 || args.get(0).exprKind().getKind() != CelExpr.ExprKind.Kind.CONSTANT) {
                    throw new UnsupportedShape();
                }
                Node optional = node(ast, call.target().get());
                Object fallback = constant(args.get(0).constant());
                return v -> ((Optional<?>) optional.eval(v)).map(Object.class::cast).orElse(fallback);
            }
            default -> throw new UnsupportedShape();
        }
    }

    /** Whether an operand of an equality is a bool, string or int, the types whose equality is Java's equals. */
    private static boolean scalar(CelAbstractSyntaxTree ast, CelExpr e) {
        return ast.getType(e.id()).map(t -> t.equals(dev.cel.common.types.SimpleType.BOOL) || t.equals(dev.cel.common.types.SimpleType.STRING)
                || t.equals(dev.cel.common.types.SimpleType.INT)).orElse(false);
    }
}
