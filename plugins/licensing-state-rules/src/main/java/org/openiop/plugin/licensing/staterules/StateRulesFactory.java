package org.openiop.plugin.licensing.staterules;

import java.util.List;
import org.openiop.plugin.licensing.common.DatedTable;
import org.openiop.plugin.licensing.common.LicensingData;
import org.openiop.plugin.spi.LicensingRule;
import org.openiop.plugin.spi.LicensingRuleFactory;
import org.openiop.plugin.spi.PluginContext;
import org.openiop.plugin.spi.PluginDescriptor;
import org.openiop.plugin.spi.PluginKind;

/** Bundled licensing plugin {@code licensing-state-rules}. */
public class StateRulesFactory implements LicensingRuleFactory {

    public static final String ID = "licensing-state-rules";

    private volatile StateRules rule;

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(
                ID,
                "State telehealth rules",
                "1.0.0",
                PluginKind.LICENSING,
                "[1.0,2.0)",
                LicensingData.PROPERTIES);
    }

    @Override
    public void init(PluginContext context) {
        LicensingData data = new LicensingData(context);
        DatedTable table = data.load(StateRulesFactory.class, "state-rules.tsv");
        rule = new StateRules(table, () -> data.warnings(List.of(table)));
    }

    @Override
    public LicensingRule create() {
        return rule;
    }
}
