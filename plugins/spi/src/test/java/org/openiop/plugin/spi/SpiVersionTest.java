package org.openiop.plugin.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The SPI's version is stated twice: as the artifact's version in its pom (which plugins depend on
 * and which the jar's manifest carries as {@code OpenIOP-SPI-Version}) and as {@link
 * SpiVersion#CURRENT} (which OpenIOP checks every plugin's range against, and the package's Javadoc
 * shows). A release that bumps one and not the other would let a plugin built against one SPI be
 * judged against another.
 */
class SpiVersionTest {

    @Test
    void theConstantIsTheArtifactsVersion() throws Exception {
        // Surefire runs in the module's folder, so this is plugins/spi/pom.xml.
        Element project =
                DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(Path.of("pom.xml").toFile())
                        .getDocumentElement();
        String artifactVersion = null;
        for (var child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getTagName().equals("version")) {
                artifactVersion = e.getTextContent().strip();
            }
        }
        assertEquals(artifactVersion, SpiVersion.CURRENT, "plugins/spi/pom.xml against SpiVersion");
    }
}
