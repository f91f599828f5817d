package org.openiop.participant.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.openiop.participant.entity.ParticipantView;

/** Someone with the same legal name and date of birth is already enrolled; nothing was created. */
@ApplicationException(rollback = true)
public class LikelyDuplicate extends RuntimeException {

    private final transient List<ParticipantView> existing;

    public LikelyDuplicate(List<ParticipantView> existing) {
        super(
                "A participant with the same legal name and date of birth is already enrolled."
                        + " Check that this is a different person before enrolling again.");
        this.existing = List.copyOf(existing);
    }

    public List<ParticipantView> existing() {
        return existing;
    }
}
