package gov.linzhi.platform.domain;

/**
 * An enum whose constants carry their Chinese label in code already (a period's 上半年, a kind's 技工学校): the label
 * the OpenAPI document shows for each value, without writing it twice in {@link Label}s.
 */
public interface Labelled {
    String chineseLabel();
}
