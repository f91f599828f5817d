package org.openiop.licensing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openiop.licensing.entity.DecisionComposer;
import org.openiop.platform.boundary.Role;
import org.openiop.plugin.boundary.PluginRegistry;
import org.openiop.plugin.control.LoadedPlugin;
import org.openiop.plugin.spi.LicensingDecision;
import org.openiop.plugin.spi.LicensingQuery;
import org.openiop.plugin.spi.LicensingRuleFactory;
import org.openiop.plugin.spi.PluginKind;
import org.openiop.plugin.spi.Verdict;
import org.openiop.program.entity.Program;

/**
 * Asks every active licensing plugin, each under its guard, and composes the answers. A plugin that
 * fails, hangs or answers nothing counts as REVIEW with the reason: unknown is never allow.
 */
@Stateless
public class LicensingDecisions {

    @EJB PluginRegistry registry;

    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public DecisionComposer.Composed decide(LicensingQuery query) {
        return decide(query, null);
    }

    /**
     * As {@link #decide(LicensingQuery)}, asking only the plugins the program has not switched off.
     */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public DecisionComposer.Composed decide(LicensingQuery query, Program program) {
        Map<String, LicensingDecision> answers = new LinkedHashMap<>();
        for (LoadedPlugin plugin : registry.active(PluginKind.LICENSING)) {
            if (program != null && !program.usesPlugin(plugin.descriptor().id())) {
                continue;
            }
            LicensingRuleFactory factory = (LicensingRuleFactory) plugin.factory();
            answers.put(
                    plugin.descriptor().id(),
                    plugin.guard()
                            .call(
                                    () -> factory.create().decide(query),
                                    why ->
                                            new LicensingDecision(
                                                    Verdict.REVIEW,
                                                    List.of(why),
                                                    List.of(),
                                                    List.of(),
                                                    List.of(why))));
        }
        return DecisionComposer.compose(answers);
    }
}
