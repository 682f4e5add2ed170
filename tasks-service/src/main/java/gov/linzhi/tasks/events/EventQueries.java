package gov.linzhi.tasks.events;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Reads of the event log, for the events list and its Atom feed. */
@ApplicationScoped
public class EventQueries {

    /** The first {@code limit} events after position {@code after} (0: from the start), oldest first. */
    public List<Event> after(long after, int limit) {
        return Event.<Event>find("id > ?1 order by id", after).page(Page.ofSize(limit)).list();
    }

    /** The latest {@code limit} events, newest first. */
    public List<Event> latest(int limit) {
        return Event.<Event>find("order by id desc").page(Page.ofSize(limit)).list();
    }
}
