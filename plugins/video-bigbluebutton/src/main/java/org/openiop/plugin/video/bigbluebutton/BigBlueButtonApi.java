package org.openiop.plugin.video.bigbluebutton;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.openiop.plugin.spi.PluginException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Calls the API and reads its XML answers (returncode, messageKey and the top-level values). */
final class BigBlueButtonApi {

    private final BbbSettings settings;
    private final HttpClient http;

    BigBlueButtonApi(BbbSettings settings, HttpClient http) {
        this.settings = settings;
        this.http = http;
    }

    /** The answer's top-level elements by name; throws unless returncode is SUCCESS. */
    Map<String, String> get(String callName, Query query) {
        URI uri = settings.call(callName, query);
        HttpResponse<byte[]> response;
        try {
            response =
                    http.send(
                            HttpRequest.newBuilder(uri).timeout(settings.timeout()).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new PluginException(
                    "BigBlueButton did not answer "
                            + callName
                            + ": "
                            + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PluginException("Interrupted while calling BigBlueButton.");
        }
        if (response.statusCode() != 200) {
            throw new PluginException(
                    "BigBlueButton answered "
                            + callName
                            + " with HTTP "
                            + response.statusCode()
                            + ".");
        }
        Map<String, String> values = read(response.body());
        if (!"SUCCESS".equals(values.get("returncode"))) {
            String key = values.getOrDefault("messageKey", "unknown");
            String hint =
                    "checksumError".equals(key)
                            ? " Check the shared secret and that the server accepts "
                                    + settings.checksum().jca
                                    + " (supportedChecksumAlgorithms)."
                            : "";
            throw new PluginException(
                    "BigBlueButton refused " + callName + ": " + key + "." + hint);
        }
        return values;
    }

    static Map<String, String> read(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // No DTDs, no external entities: the answer comes over the network.
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            Element root = b.parse(new ByteArrayInputStream(xml)).getDocumentElement();
            Map<String, String> values = new HashMap<>();
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.ELEMENT_NODE) {
                    values.putIfAbsent(n.getNodeName(), n.getTextContent().trim());
                }
            }
            return values;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new PluginException("BigBlueButton's answer is not the XML its API returns.");
        }
    }
}
