package org.gridpatrol.geoserver.ogc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads OGC XML answers with DOM, namespace-aware and matching by local name (WMS 1.1.1 has no namespace,
 * 1.3.0 and WMTS have several). External entities and DTDs are never fetched: WMS 1.1.1 documents name a
 * DTD on the internet, and a bureau's network has none — and XXE must stay off.
 */
final class OgcXml {
    private OgcXml() {
    }

    static Document parse(byte[] body, String address, String expected) throws MapServiceException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new ByteArrayInputStream(new byte[0])));
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(body));
        } catch (SAXException | IOException e) {
            throw new NotAMapServiceException(address, expected, describe(body));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses secure settings", e);
        }
    }

    /** Throws the server's ServiceException when the document is one. */
    static void refuseServiceException(Document document) throws ServiceExceptionAnswer {
        Element root = document.getDocumentElement();
        String name = root.getLocalName();
        if ("ServiceExceptionReport".equals(name) || "ExceptionReport".equals(name)) {
            Element exception = first(root, "ServiceException").or(() -> first(root, "Exception")).orElse(root);
            String code = exception.getAttribute("code");
            if (code.isEmpty()) {
                code = exception.getAttribute("exceptionCode");
            }
            String text = first(exception, "ExceptionText").map(OgcXml::text).orElse(text(exception));
            throw new ServiceExceptionAnswer(code, text.isBlank() ? name : text.strip());
        }
    }

    /** A short description of a body that is not the expected XML, for error messages. */
    static String describe(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 200), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ").strip();
        if (head.isEmpty()) {
            return "an empty answer";
        }
        if (head.toLowerCase(java.util.Locale.ROOT).contains("<html")) {
            return "an HTML page";
        }
        return "\"" + (head.length() > 60 ? head.substring(0, 60) + "…" : head) + "\"";
    }

    /** What a document that is not the expected one is, in a few words. */
    static String describeRoot(Element root) {
        return "html".equalsIgnoreCase(root.getLocalName()) ? "an HTML page" : "an XML document <" + root.getLocalName() + ">";
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    static Optional<Element> first(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    static String childText(Element parent, String localName) {
        return first(parent, localName).map(OgcXml::text).orElse("");
    }

    static List<String> childTexts(Element parent, String localName) {
        return children(parent, localName).stream().map(OgcXml::text).toList();
    }

    static String text(Element e) {
        return e.getTextContent() == null ? "" : e.getTextContent().strip();
    }

    static double number(String text) {
        return Double.parseDouble(text.strip());
    }
}
