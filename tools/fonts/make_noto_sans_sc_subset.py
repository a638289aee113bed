#!/usr/bin/python3
"""Make the TrueType subset of Noto Sans SC that the PDF renderer embeds.

PDFBox (under openhtmltopdf) embeds TrueType outlines only; Debian's Noto CJK fonts are
OpenType/CFF collections. This script takes the Simplified Chinese face of
NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc, keeps the characters a budget disclosure
needs, converts the cubic CFF outlines to quadratic TrueType outlines and writes

    gongkai-core/src/main/resources/org/gongkai/core/render/fonts/NotoSansSC-Regular.ttf
    gongkai-core/src/main/resources/org/gongkai/core/render/fonts/NotoSansSC-Bold.ttf
    gongkai-core/src/main/resources/org/gongkai/core/render/fonts/OFL.txt

Characters kept:
  * ASCII, Latin-1, General Punctuation, CJK Symbols and Punctuation, Halfwidth and
    Fullwidth Forms, a few arrows, math and geometric shapes;
  * every character of GB 2312 (its 6763 hanzi and its symbols);
  * every character of samples/*.txt and of ../shared/samples (text files as they are, PDFs
    through pdftotext when it is installed).

Requirements (Debian 12):
    apt-get install -y fonts-noto-cjk python3-fonttools poppler-utils

Run from the repository root:
    /usr/bin/python3 tools/fonts/make_noto_sans_sc_subset.py

The output is deterministic for the same inputs; rerun it when a new sample brings a character
outside GB 2312 (the font test lists any missing one).
"""

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

FONT_DIR = "/usr/share/fonts/opentype/noto"
DEBIAN_COPYRIGHT = "/usr/share/doc/fonts-noto-cjk/copyright"
OUT_DIR = "gongkai-core/src/main/resources/org/gongkai/core/render/fonts"
FACES = {"Regular": "NotoSansCJK-Regular.ttc", "Bold": "NotoSansCJK-Bold.ttc"}
# Maximum distance, in font units (1000 per em), between a cubic curve and its quadratic
# replacement. One unit is 0.01 mm at 10 pt: invisible in print.
MAX_ERR = 1.0

RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x2000, 0x206F),  # General Punctuation
    (0x2100, 0x214F),  # Letterlike Symbols (℃, №)
    (0x2150, 0x218F),  # Number Forms (Ⅰ Ⅱ …)
    (0x2190, 0x21FF),  # Arrows
    (0x2200, 0x22FF),  # Mathematical Operators (≥ ≤ ≠ ×)
    (0x2460, 0x24FF),  # Enclosed Alphanumerics (① ②)
    (0x2500, 0x257F),  # Box Drawing
    (0x25A0, 0x25FF),  # Geometric Shapes
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0x3200, 0x32FF),  # Enclosed CJK Letters (㈠ ㈡)
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
]


def gb2312_characters():
    """Every character of GB 2312 (rows 1-9 symbols, rows 16-87 hanzi)."""
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def sample_characters(repo_root):
    """Every character of the sample texts and of the shared samples."""
    chars = set()
    paths = sorted(glob.glob(os.path.join(repo_root, "samples", "*.txt")))
    # ../shared beside the checkout (as on the team's machines and in CI); absent elsewhere
    shared = os.path.join(repo_root, "..", "shared")
    for pattern in ("samples/**/*", "reference/**/*"):
        paths += sorted(glob.glob(os.path.join(shared, pattern), recursive=True))
    have_pdftotext = shutil.which("pdftotext") is not None
    used = []
    for path in paths:
        if not os.path.isfile(path):
            continue
        lower = path.lower()
        if lower.endswith((".txt", ".md", ".csv", ".json")):
            with open(path, encoding="utf-8", errors="ignore") as f:
                chars.update(f.read())
            used.append(path)
        elif lower.endswith(".pdf") and have_pdftotext:
            text = subprocess.run(["pdftotext", "-q", "-enc", "UTF-8", path, "-"],
                                  capture_output=True, check=False).stdout
            chars.update(text.decode("utf-8", errors="ignore"))
            used.append(path)
    return chars, used


def wanted_codepoints(repo_root):
    chars = set()
    for first, last in RANGES:
        chars.update(chr(c) for c in range(first, last + 1))
    chars.update(gb2312_characters())
    samples, used = sample_characters(repo_root)
    chars.update(samples)
    codepoints = {ord(c) for c in chars if c.isprintable() or c == "\u3000"}
    required = {ord(c) for c in samples.union(gb2312_characters()) if c.isprintable()}
    return codepoints, required, used


def sc_face(collection_path):
    """The Simplified Chinese (non-mono) face of a Noto Sans CJK collection."""
    collection = TTCollection(collection_path, lazy=False)
    for font in collection.fonts:
        ps_name = font["name"].getDebugName(6) or ""
        if re.fullmatch(r"NotoSansCJKsc-\w+", ps_name):
            return font
    raise SystemExit("no NotoSansCJKsc face in " + collection_path)


def subset_font(font, codepoints):
    options = subset.Options()
    options.layout_features = []          # PDFBox shapes no OpenType layout
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 14]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = False
    options.desubroutinize = True
    options.recalc_bounds = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints))
    subsetter.subset(font)


def cff_to_truetype(font):
    """Replaces the CFF outlines of a font with quadratic TrueType outlines (glyf/loca)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        tt_pen = TTGlyphPen(None)
        # CFF contours run counter-clockwise, TrueType ones clockwise.
        glyph_set[name].draw(Cu2QuPen(tt_pen, MAX_ERR, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()

    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]

    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1

    post = font["post"]
    post.formatType = 3.0               # no glyph names: smaller, nothing reads them
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = None

    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font, style):
    family = "Noto Sans SC"
    full = family + (" Bold" if style == "Bold" else "")
    ps_name = "NotoSansSC-" + style
    name = font["name"]
    for record in list(name.names):
        if record.nameID in (16, 17, 21, 22):
            name.removeNames(nameID=record.nameID)
    for platform, encoding, language in ((3, 1, 0x409), (1, 0, 0)):
        name.setName(family, 1, platform, encoding, language)
        name.setName(style, 2, platform, encoding, language)
        name.setName(full, 4, platform, encoding, language)
        name.setName(ps_name, 6, platform, encoding, language)
        name.setName("Subset of Noto Sans CJK SC " + style + " converted to TrueType for Gongkai",
                     3, platform, encoding, language)


def write_licence(out_dir, copyright_notice):
    """OFL.txt: the font's copyright notice and the SIL OFL 1.1 text as Debian ships it."""
    with open(DEBIAN_COPYRIGHT, encoding="utf-8") as f:
        lines = f.read().splitlines()
    start = lines.index("License: SIL-1.1", lines.index("License: SIL-1.1") + 1)
    body = []
    for line in lines[start + 1:]:
        if not line.startswith(" "):
            break
        text = line[1:]
        body.append("" if text == "." else text)
    with open(os.path.join(out_dir, "OFL.txt"), "w", encoding="utf-8") as f:
        f.write(copyright_notice.strip() + "\n")
        f.write("Noto is a trademark of Google LLC. Source is a trademark of Adobe in the United "
                "States and/or other countries.\n\n")
        f.write("\n".join(body).strip("\n") + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repo", default=".", help="repository root (default: current directory)")
    args = parser.parse_args()
    repo_root = os.path.abspath(args.repo)
    out_dir = os.path.join(repo_root, OUT_DIR)
    os.makedirs(out_dir, exist_ok=True)

    codepoints, required, used = wanted_codepoints(repo_root)
    print(f"{len(codepoints)} characters wanted; samples read: {len(used)}", file=sys.stderr)
    for style, file_name in FACES.items():
        font = sc_face(os.path.join(FONT_DIR, file_name))
        subset_font(font, codepoints)
        cff_to_truetype(font)
        rename(font, style)
        font.recalcTimestamp = False   # keep the source dates: same inputs, same bytes
        target = os.path.join(out_dir, "NotoSansSC-" + style + ".ttf")
        font.save(target)
        cmap = font.getBestCmap()
        # Characters of the ranges that Noto CJK does not draw are left out silently; a
        # character of GB 2312 or of a sample that it lacks is reported.
        missing = "".join(chr(c) for c in sorted(required) if c not in cmap)
        print(f"{target}: {os.path.getsize(target)} bytes, {len(font.getGlyphOrder())} glyphs, "
              f"{len(cmap)} characters; sample or GB 2312 characters missing: {missing!r}",
              file=sys.stderr)
        if style == "Regular":
            write_licence(out_dir, font["name"].getDebugName(0) or "")


if __name__ == "__main__":
    main()
