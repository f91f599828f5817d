package org.openiop.plugin.licensing.compacts;

import org.openiop.plugin.licensing.common.DatedTable;
import org.openiop.plugin.licensing.common.LicensingData;
import org.openiop.plugin.spi.LicensingRule;
import org.openiop.plugin.spi.LicensingRuleFactory;
import org.openiop.plugin.spi.PluginContext;
import org.openiop.plugin.spi.PluginDescriptor;
import org.openiop.plugin.spi.PluginKind;

/** Bundled licensing plugin {@code licensing-compacts}. */
public class CompactsRuleFactory implements LicensingRuleFactory {

    public static final String ID = "licensing-compacts";

    private volatile CompactsRule rule;

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(
                ID,
                "Interstate compacts",
                "1.0.0",
                PluginKind.LICENSING,
                "[1.0,2.0)",
                LicensingData.PROPERTIES);
    }

    @Override
    public void init(PluginContext context) {
        LicensingData data = new LicensingData(context);
        DatedTable psypact = data.load(CompactsRuleFactory.class, "psypact.tsv");
        DatedTable counseling = data.load(CompactsRuleFactory.class, "counseling.tsv");
        DatedTable socialWork = data.load(CompactsRuleFactory.class, "social-work.tsv");
        DatedTable nlc = data.load(CompactsRuleFactory.class, "nlc.tsv");
        rule = new CompactsRule(psypact, counseling, socialWork, nlc, data);
    }

    @Override
    public LicensingRule create() {
        return rule;
    }
}
