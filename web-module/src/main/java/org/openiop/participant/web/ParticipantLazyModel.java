package org.openiop.participant.web;

import java.util.List;
import java.util.Map;
import org.openiop.audit.entity.Actor;
import org.openiop.participant.boundary.Participants;
import org.openiop.participant.entity.ParticipantQuery;
import org.openiop.participant.entity.ParticipantStatus;
import org.openiop.participant.entity.ParticipantView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The participants table, one page at a time from the database: PrimeFaces asks for the rows it
 * shows, with the filter and sort the user chose, and never holds the whole list.
 */
public class ParticipantLazyModel extends LazyDataModel<ParticipantView> {

    private static final long serialVersionUID = 1L;

    private final transient Participants participants;
    private final Actor viewer;
    private String text;
    private ParticipantStatus status;

    ParticipantLazyModel(Participants participants, Actor viewer) {
        this.participants = participants;
        this.viewer = viewer;
    }

    void filter(String text, ParticipantStatus status) {
        this.text = text;
        this.status = status;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int)
                participants.count(new ParticipantQuery(text, status, null, true, 0, 1), viewer);
    }

    @Override
    public List<ParticipantView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        String field = "enrolledAt";
        boolean ascending = false;
        for (SortMeta sort : sortBy.values()) {
            field = sort.getField();
            ascending = sort.getOrder() == SortOrder.ASCENDING;
        }
        return participants.rows(
                new ParticipantQuery(text, status, field, ascending, first, pageSize), viewer);
    }

    @Override
    public String getRowKey(ParticipantView row) {
        return row.id().toString();
    }

    @Override
    public ParticipantView getRowData(String rowKey) {
        return participants.find(java.util.UUID.fromString(rowKey), viewer).orElse(null);
    }
}
