package org.annalist.importer.docx;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small helpers over the DOM view of Word XML. The faithful parse reads run and paragraph properties here
 * rather than through the generated schema classes, because poi-ooxml-lite only ships the classes POI's own
 * tests touch, and a property it lacks would fail at run time on an editor's file.
 */
final class Dom {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private Dom() {
    }

    /** The element's child elements in order. */
    static List<Element> children(Node n) {
        List<Element> out = new ArrayList<>();
        if (n == null) return out;
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) out.add(e);
        }
        return out;
    }

    /** The first child element with the given local name, or null. */
    static Element child(Node n, String localName) {
        for (Element e : children(n)) if (localName.equals(e.getLocalName())) return e;
        return null;
    }

    /** The first descendant element with the given local name (document order), or null. */
    static Element descendant(Node n, String localName) {
        for (Element e : children(n)) {
            if (localName.equals(e.getLocalName())) return e;
            Element d = descendant(e, localName);
            if (d != null) return d;
        }
        return null;
    }

    /** All descendants with the local name, not looking inside matches. */
    static List<Element> descendants(Node n, String localName, List<Element> into) {
        for (Element e : children(n)) {
            if (localName.equals(e.getLocalName())) into.add(e);
            else descendants(e, localName, into);
        }
        return into;
    }

    /** A w: attribute (by local name, any namespace: Strict OOXML uses another one), or null. */
    static String attr(Element e, String localName) {
        if (e == null) return null;
        String v = e.getAttributeNS(W, localName);
        if (v != null && !v.isEmpty()) return v;
        var attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            if (localName.equals(a.getLocalName())) return a.getNodeValue();
        }
        return null;
    }

    /** A w:val on child {@code name} of {@code props}, or null when the child is absent. */
    static String val(Element props, String name) {
        Element c = child(props, name);
        if (c == null) return null;
        String v = attr(c, "val");
        return v == null ? "" : v;
    }

    /** An on/off property (w:b, w:i): present without a value or with true/1/on means on. */
    static Boolean onOff(Element props, String name) {
        String v = val(props, name);
        if (v == null) return null;
        return v.isEmpty() || v.equals("true") || v.equals("1") || v.equals("on");
    }

    static int intAttr(Element e, String name, int dflt) {
        String v = attr(e, name);
        if (v == null) return dflt;
        try {
            return (int) Math.round(Double.parseDouble(v));
        } catch (NumberFormatException ex) {
            return dflt;
        }
    }

    /**
     * The text of a node. XmlBeans' DOM view does not implement DOM Level 3 {@code getTextContent}, so the
     * text nodes are collected by hand.
     */
    static String content(Node n) {
        StringBuilder sb = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) sb.append(c.getNodeValue());
            else if (c.getNodeType() == Node.ELEMENT_NODE) sb.append(content(c));
        }
        return sb.toString();
    }

    /** All text of w:t descendants. */
    static String text(Node n) {
        StringBuilder sb = new StringBuilder();
        for (Element t : descendants(n, "t", new ArrayList<>())) sb.append(content(t));
        return sb.toString();
    }
}
