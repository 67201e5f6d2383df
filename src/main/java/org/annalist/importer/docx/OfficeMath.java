package org.annalist.importer.docx;

import java.util.List;

import org.w3c.dom.Element;

/**
 * An Office Math equation (m:oMath, m:oMathPara) as linear text, close to what Word's linear format shows:
 * fractions as (a)/(b), scripts as x^2 and x_i, radicals as √(x), n-ary operators as ∑_(i=1)^n, delimiters with
 * their own brackets. The tree has no equations, so this keeps the content readable for the editor to redo.
 */
final class OfficeMath {
    private OfficeMath() {
    }

    static String linear(Element math) {
        StringBuilder sb = new StringBuilder();
        append(math, sb);
        return sb.toString().strip();
    }

    private static void append(Element e, StringBuilder sb) {
        switch (e.getLocalName()) {
            case "t" -> sb.append(Dom.content(e));
            case "f" -> sb.append(group(part(e, "num"))).append('/').append(group(part(e, "den")));
            case "sSup" -> sb.append(part(e, "e")).append('^').append(group(part(e, "sup")));
            case "sSub" -> sb.append(part(e, "e")).append('_').append(group(part(e, "sub")));
            case "sSubSup" -> sb.append(part(e, "e")).append('_').append(group(part(e, "sub")))
                    .append('^').append(group(part(e, "sup")));
            case "sPre" -> sb.append('_').append(group(part(e, "sub"))).append('^').append(group(part(e, "sup")))
                    .append(part(e, "e"));
            case "rad" -> {
                String deg = part(e, "deg");
                sb.append('√').append('(').append(deg.isEmpty() ? "" : deg + "&").append(part(e, "e")).append(')');
            }
            case "d" -> {
                Element pr = Dom.child(e, "dPr");
                String beg = chr(pr, "begChr", "("), end = chr(pr, "endChr", ")"), sep = chr(pr, "sepChr", "|");
                sb.append(beg);
                boolean first = true;
                for (Element c : Dom.children(e)) {
                    if (!c.getLocalName().equals("e")) continue;
                    if (!first) sb.append(sep);
                    sb.append(text(c));
                    first = false;
                }
                sb.append(end);
            }
            case "nary" -> {
                Element pr = Dom.child(e, "naryPr");
                sb.append(chr(pr, "chr", "∫"));
                String sub = part(e, "sub"), sup = part(e, "sup");
                if (!sub.isEmpty()) sb.append('_').append(group(sub));
                if (!sup.isEmpty()) sb.append('^').append(group(sup));
                sb.append(' ').append(part(e, "e"));
            }
            case "func" -> sb.append(part(e, "fName")).append(' ').append(part(e, "e"));
            case "eqArr", "m" -> rows(e, sb);
            case "rPr", "ctrlPr", "fPr", "sSupPr", "sSubPr", "sSubSupPr", "sPrePr", "radPr", "dPr", "naryPr", "funcPr",
                 "oMathParaPr", "accPr", "barPr", "boxPr", "borderBoxPr", "groupChrPr", "limLowPr", "limUppPr", "eqArrPr",
                 "mPr", "phantPr" -> { }
            default -> {
                for (Element c : Dom.children(e)) append(c, sb);
            }
        }
    }

    /** Equation arrays and matrices: rows separated by "@" (Word's linear row separator), cells by "&". */
    private static void rows(Element e, StringBuilder sb) {
        boolean firstRow = true;
        for (Element row : Dom.children(e)) {
            if (row.getLocalName().endsWith("Pr")) continue;
            if (!firstRow) sb.append('@');
            if (row.getLocalName().equals("mr")) {
                List<Element> cells = Dom.children(row);
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) sb.append('&');
                    sb.append(text(cells.get(i)));
                }
            } else {
                sb.append(text(row));
            }
            firstRow = false;
        }
    }

    private static String part(Element e, String name) {
        Element c = Dom.child(e, name);
        return c == null ? "" : text(c);
    }

    private static String text(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Element c : Dom.children(e)) append(c, sb);
        return sb.toString();
    }

    /** Parentheses around anything longer than one character, so a/b and (a+b)/(c+d) both read right. */
    private static String group(String s) {
        return s.codePointCount(0, s.length()) <= 1 ? s : "(" + s + ")";
    }

    private static String chr(Element pr, String name, String dflt) {
        String v = Dom.val(pr, name);
        return v == null ? dflt : v;
    }
}
