#!/usr/bin/env python3
"""Compares two .docx files part by part as parsed XML: the same parts, and in each XML part the same elements,
attributes (namespace-qualified; xmlns declarations ignored) and text in the same order (but for the time of
writing in docProps/core.xml). Binary parts byte for byte.
Usage: docx_xml_diff.py OLD.docx NEW.docx  (exit 0: same document; 1: differences, listed)."""
import sys
import zipfile
import xml.etree.ElementTree as ET


# the time a file was written (docProps/core.xml): differs between any two runs
WHEN = {"{http://purl.org/dc/terms/}created", "{http://purl.org/dc/terms/}modified"}


def walk(a, b, path, out):
    if a.tag != b.tag:
        out.append(f"{path}: element {a.tag} vs {b.tag}")
        return
    if a.attrib != b.attrib:
        out.append(f"{path}/{a.tag}: attributes {a.attrib} vs {b.attrib}")
    if (a.text or "") != (b.text or "") and a.tag not in WHEN:
        out.append(f"{path}/{a.tag}: text {a.text!r} vs {b.text!r}")
    if (a.tail or "") != (b.tail or ""):
        out.append(f"{path}/{a.tag}: tail {a.tail!r} vs {b.tail!r}")
    ka, kb = list(a), list(b)
    if len(ka) != len(kb):
        out.append(f"{path}/{a.tag}: {len(ka)} vs {len(kb)} children: "
                   f"{[c.tag.split('}')[-1] for c in ka][:12]} vs {[c.tag.split('}')[-1] for c in kb][:12]}")
    for i, (x, y) in enumerate(zip(ka, kb)):
        walk(x, y, f"{path}/{a.tag.split('}')[-1]}[{i}]", out)
        if len(out) > 40:
            return


def main(old, new):
    za, zb = zipfile.ZipFile(old), zipfile.ZipFile(new)
    na, nb = za.namelist(), zb.namelist()
    diffs = 0
    if sorted(na) != sorted(nb):
        print("parts differ:", sorted(set(na) ^ set(nb)))
        diffs += 1
    for name in sorted(set(na) & set(nb)):
        da, db = za.read(name), zb.read(name)
        if name.endswith(".xml") or name.endswith(".rels"):
            out = []
            walk(ET.fromstring(da), ET.fromstring(db), "", out)
            if out:
                diffs += 1
                print(f"== {name}: {len(out)}+ differences")
                for line in out[:40]:
                    print("  ", line[:400])
        elif da != db:
            diffs += 1
            print(f"== {name}: bytes differ")
    print(f"{old} vs {new}: {len(na)} parts, {'same' if diffs == 0 else str(diffs) + ' parts differ'}")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
