package org.openiop.program.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.web.PageMessages;
import org.openiop.program.boundary.Programs;
import org.openiop.program.entity.AdminAssignment;
import org.openiop.security.web.SignedInUser;

/**
 * The administrators section of /console/programs/program.xhtml: who runs the program; add or
 * remove one.
 */
@Named
@ViewScoped
public class ProgramAdminsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient Programs programs;

    @Inject SignedInUser user;

    private String username;

    public List<AdminAssignment> admins(UUID programId) {
        return programId == null ? List.of() : programs.admins(programId);
    }

    public void add(UUID programId) {
        try {
            AdminAssignment added = programs.assignAdmin(programId, username, user.actor());
            PageMessages.info(added.username() + " now administers this program.");
            username = null;
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    public void remove(UUID programId, String who) {
        try {
            programs.removeAdmin(programId, who, user.actor());
            PageMessages.info(who + " no longer administers this program.");
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String v) {
        username = v;
    }
}
