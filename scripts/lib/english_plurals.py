"""Fills the English plural forms of a Qt .ts file from its sources: "%n second(s)" becomes "%n second" for one
and "%n seconds" for more. Only unfinished messages are touched, so a hand-written form is kept."""
import re
import sys
import xml.etree.ElementTree as ET

IRREGULAR = {"entry(s)": ("entry", "entries")}


def forms(source):
    one, many = source, source
    for word, (singular, plural) in IRREGULAR.items():
        one, many = one.replace(word, singular), many.replace(word, plural)
    return re.sub(r"\(s\)", "", one), re.sub(r"\(s\)", "s", many)


def main(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None or translation.get("type") != "unfinished":
            continue
        one, many = forms(message.findtext("source"))
        numerus = translation.findall("numerusform")
        if len(numerus) != 2:
            sys.exit(f"{path}: expected two plural forms for English")
        numerus[0].text, numerus[1].text = one, many
        del translation.attrib["type"]
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


if __name__ == "__main__":
    main(sys.argv[1])
