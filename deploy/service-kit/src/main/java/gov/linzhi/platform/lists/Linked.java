package gov.linzhi.platform.lists;

/** A response body that is one page of a list: {@link LinkHeader} sends its links as the {@code Link} header too. */
public interface Linked {
    PageLinks links();
}
