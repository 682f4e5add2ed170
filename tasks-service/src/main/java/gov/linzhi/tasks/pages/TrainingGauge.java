package gov.linzhi.tasks.pages;

import gov.linzhi.tasks.supervision.SupervisionApi;
import io.quarkus.qute.TemplateData;

import java.util.Locale;

/**
 * The board's gauge of the subsidised-training target (补贴性职业技能培训): a half circle filled to the share of the
 * year's target that subsidy-service has approved, drawn as one SVG arc; the figures are written beside it.
 * Past 100% the arc is full and the text says by how much the target was passed.
 */
@TemplateData
public record TrainingGauge(SupervisionApi.TrainingTarget target, String arcPath, boolean available) {

    static final double CENTRE_X = 110;
    static final double CENTRE_Y = 110;
    static final double RADIUS = 90;

    public static TrainingGauge of(SupervisionApi.TrainingTarget target) {
        boolean available = "available".equals(target.status()) && target.percentOfTarget() != null;
        return new TrainingGauge(target, available ? arc(target.percentOfTarget()) : null, available);
    }

    /** The arc from the gauge's left end over the top, {@code percent} of the way to its right end. */
    static String arc(double percent) {
        double share = Math.max(0, Math.min(100, percent)) / 100.0;
        double angle = Math.PI * share;
        double x = CENTRE_X - RADIUS * Math.cos(angle);
        double y = CENTRE_Y - RADIUS * Math.sin(angle);
        return String.format(Locale.ROOT, "M %.1f %.1f A %.0f %.0f 0 0 1 %.1f %.1f", CENTRE_X - RADIUS, CENTRE_Y, RADIUS, RADIUS, x, y);
    }

    /** The full track the arc is drawn on. */
    public String trackPath() {
        return arc(100);
    }
}
