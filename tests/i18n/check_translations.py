"""The Spanish interface is complete: lupdate, run over the sources into a copy of the Spanish .ts, finds no string
without a finished translation, and every translation keeps its source's placeholders, mnemonics and plural forms.
usage: check_translations.py LUPDATE SOURCE_DIR WORK_DIR"""
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%L?(\d+|n)")
MNEMONIC = re.compile(r"&(?!&)(?=\S)")


def problems(ts):
    found = []
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{name}: {source!r}"
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                found.append(f"{where} has no Spanish")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
                if len(forms) != 2 or not all(forms):
                    found.append(f"{where} needs both Spanish plural forms")
                    continue
            else:
                forms = [translation.text or ""]
                if not forms[0]:
                    found.append(f"{where} has an empty translation")
                    continue
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for form in forms:
                if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                    found.append(f"{where}: {form!r} does not keep the placeholders {wanted}")
                if len(MNEMONIC.findall(form)) != len(MNEMONIC.findall(source)):
                    found.append(f"{where}: {form!r} does not keep the one keyboard mnemonic (&)")
    return found


def main(lupdate, source_dir, work_dir):
    source_dir, work = Path(source_dir), Path(work_dir)
    work.mkdir(parents=True, exist_ok=True)
    copy = work / "lumbar-relief_es.ts"
    shutil.copyfile(source_dir / "resources/translations/lumbar-relief_es.ts", copy)
    # The same options as scripts/update-translations: what lupdate would add there, it adds here.
    subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en",
                    "-target-language", "es", str(source_dir / "src/ui"), str(source_dir / "src/app"),
                    "-ts", str(copy)], check=True)
    found = problems(copy)
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} problem(s); run scripts/update-translations and translate the new strings")
        return 1
    count = sum(1 for _ in ET.parse(copy).iter("message"))
    print(f"all {count} strings of the interface are in Spanish")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
