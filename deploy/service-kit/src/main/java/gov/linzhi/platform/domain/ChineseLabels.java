package gov.linzhi.platform.domain;

/** The Chinese label of an enum constant: the enum's own ({@link Labelled}), else the constant's {@link Label}. */
public final class ChineseLabels {

    private ChineseLabels() {
    }

    /** The label, or empty when the constant has none. */
    public static String of(Enum<?> constant) {
        if (constant instanceof Labelled labelled) {
            return labelled.chineseLabel();
        }
        try {
            Label label = constant.getDeclaringClass().getField(constant.name()).getAnnotation(Label.class);
            return label == null ? "" : label.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("an enum constant is a field of its type", e);
        }
    }
}
