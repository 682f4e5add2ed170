package gov.linzhi.gazette.search;

import gov.linzhi.gazette.search.SearchGroups.Group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The order of matching gazette documents on result pages: by relevance or date, ties by document id. */
final class GroupRanking {

    private GroupRanking() {
    }

    /**
     * The first {@code n} groups in {@code order}, sorted: a bounded heap over all of them, since a page needs only
     * the groups up to its end however many match.
     */
    static List<Group> firstInOrder(java.util.Collection<Group> groups, Comparator<Group> order, int n) {
        if (n <= 0) {
            return List.of();
        }
        java.util.PriorityQueue<Group> worstFirst = new java.util.PriorityQueue<>(n + 1, order.reversed());
        for (Group g : groups) {
            if (worstFirst.size() < n) {
                worstFirst.add(g);
            } else if (order.compare(g, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(g);
            }
        }
        List<Group> first = new ArrayList<>(worstFirst);
        first.sort(order);
        return first;
    }

    static Comparator<Group> of(SearchOrder order) {
        Comparator<Group> byRelevance = Comparator.comparingDouble((Group g) -> -g.best);
        Comparator<Group> bySigned = Comparator.comparingLong((Group g) -> g.signedOn);
        Comparator<Group> first = switch (order == null ? SearchOrder.RELEVANCE : order) {
            case RELEVANCE -> byRelevance;
            case DATE_ASC -> bySigned.thenComparing(byRelevance);
            case DATE_DESC -> bySigned.reversed().thenComparing(byRelevance);
        };
        return first.thenComparingLong(g -> g.documentId);
    }
}
