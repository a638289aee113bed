package org.gongkai.core.ingest.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.gongkai.core.ingest.IngestException;

/**
 * An .xlsx file read as raw cells, within bounds: every sheet's cells as they are stored (text,
 * number, error, and whether a formula made them), its merged ranges and whether it is hidden.
 * The sheet XML is streamed (StAX), never loaded as a whole workbook, and reading stops at
 * {@link #MAX_ROWS} rows of a sheet or {@link #MAX_CELLS} cells in all. Before the package is
 * opened its zip entries are inflated once, counting only, so that a zip bomb is refused after at
 * most {@link #MAX_ENTRY_BYTES} of one entry or {@link #MAX_TOTAL_BYTES} in all.
 */
public final class WorkbookFile {

    /** The most rows of one sheet read (a department's budget has a few hundred). */
    public static final int MAX_ROWS = 20_000;
    /** The most non-empty cells read in all sheets. */
    public static final int MAX_CELLS = 400_000;
    /** The largest inflated zip entry accepted. */
    public static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    /** The largest inflated size of all entries together. */
    public static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;

    /**
     * A cell as stored: its text (shared string resolved), what kind of value it is, and the number
     * format its style gives it ("#,##0.00"; null when it has none or the workbook no styles).
     */
    public record RawCell(String ref, Type type, String value, boolean formula, String format) {

        public enum Type { TEXT, NUMBER, BOOLEAN, ERROR }

        public boolean isBlank() {
            return !formula && (value == null || value.isBlank());
        }
    }

    /** A sheet: cells by 0-based row and column, merged ranges, visibility. */
    public record RawSheet(String name, boolean hidden, TreeMap<Integer, Map<Integer, RawCell>> rows, List<CellRangeAddress> merged) {

        public RawCell cell(int row, int col) {
            Map<Integer, RawCell> r = rows.get(row);
            return r == null ? null : r.get(col);
        }

        public int lastRow() {
            return rows.isEmpty() ? -1 : rows.lastKey();
        }
    }

    private WorkbookFile() {
    }

    /** Whether the bytes are a zip (an .xlsx is one). */
    public static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    /** Whether the bytes are an OLE2 compound file (an old .xls, or an encrypted .xlsx). */
    public static boolean isOle2(byte[] b) {
        return b.length >= 8 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11
                && (b[3] & 0xff) == 0xE0 && (b[4] & 0xff) == 0xA1 && (b[5] & 0xff) == 0xB1 && b[6] == 0x1A && (b[7] & 0xff) == 0xE1;
    }

    /**
     * Refuses what is not an .xlsx to read with a message that says what it is: an old .xls, a
     * password-protected workbook, anything else.
     */
    public static void requireXlsx(String name, byte[] bytes) {
        if (isOle2(bytes)) {
            boolean encrypted;
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
                encrypted = fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
            } catch (IOException | RuntimeException e) {
                throw new IngestException(name, "不是可读取的工作簿：文件已损坏（" + e.getMessage() + "）");
            }
            if (encrypted) {
                throw new IngestException(name, "工作簿设有打开密码（已加密），无法读取：请在 Excel 中取消密码"
                        + "（文件—信息—保护工作簿—用密码进行加密，清空密码）后另存为 .xlsx");
            }
            throw new IngestException(name, "这是旧版 Excel 97-2003 工作簿（.xls），Gongkai 只读取 .xlsx：请在 Excel 中“另存为”"
                    + "Excel 工作簿（*.xlsx）后再读取");
        }
        if (!isZip(bytes)) {
            throw new IngestException(name, "不是 Excel 工作簿（.xlsx）");
        }
    }

    /** The sheets of an .xlsx, in workbook order. */
    public static List<RawSheet> read(String name, byte[] bytes) {
        requireXlsx(name, bytes);
        checkExpansion(name, bytes);
        PoiBounds.ensure();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            Map<String, Boolean> hidden = sheetStates(reader);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles;
            try {
                styles = reader.getStylesTable();
            } catch (Exception e) {
                styles = null; // a workbook without styles: no number formats
            }
            List<RawSheet> sheets = new ArrayList<>();
            int[] cells = {0};
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String sheet = it.getSheetName();
                    sheets.add(sheet(name, sheet, Boolean.TRUE.equals(hidden.get(sheet)), in, strings, styles, cells));
                }
            }
            return sheets;
        } catch (IngestException e) {
            throw e;
        } catch (Exception e) {
            throw new IngestException(name, "不是可读取的 Excel 工作簿（.xlsx）：" + e.getMessage());
        }
    }

    /** Inflates every entry once, counting, and refuses more than the bounds allow. */
    private static void checkExpansion(String name, byte[] bytes) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                long size = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    size += n;
                    total += n;
                    if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
                        throw new IngestException(name, "工作簿解压后过大（“" + e.getName() + "”超过"
                                + (size > MAX_ENTRY_BYTES ? MAX_ENTRY_BYTES : MAX_TOTAL_BYTES) / (1024 * 1024)
                                + " MB；压缩文件 " + bytes.length + " 字节），疑似压缩炸弹，拒绝读取");
                    }
                }
            }
        } catch (IOException e) {
            throw new IngestException(name, "不是可读取的 Excel 工作簿（.xlsx）：压缩数据已损坏（" + e.getMessage() + "）");
        }
    }

    /** Sheet name → hidden (state hidden or veryHidden), from workbook.xml. */
    private static Map<String, Boolean> sheetStates(XSSFReader reader) throws Exception {
        Map<String, Boolean> out = new HashMap<>();
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader x = xml().createXMLStreamReader(in);
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("sheet")) {
                    String state = x.getAttributeValue(null, "state");
                    out.put(x.getAttributeValue(null, "name"), state != null && !state.equals("visible"));
                }
            }
        }
        return out;
    }

    private static XMLInputFactory xml() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    private static RawSheet sheet(String file, String sheet, boolean hidden, InputStream in, ReadOnlySharedStringsTable strings,
            StylesTable styles, int[] cells) throws XMLStreamException {
        TreeMap<Integer, Map<Integer, RawCell>> rows = new TreeMap<>();
        List<CellRangeAddress> merged = new ArrayList<>();
        XMLStreamReader x = xml().createXMLStreamReader(in);
        int rowIndex = -1;
        int rowCount = 0;
        String ref = null;
        String type = null;
        String style = null;
        boolean formula = false;
        StringBuilder value = null;
        StringBuilder inline = null;
        int nextCol = 0;
        boolean inValue = false;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (x.getLocalName()) {
                    case "row" -> {
                        String r = x.getAttributeValue(null, "r");
                        rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
                        nextCol = 0;
                        if (++rowCount > MAX_ROWS || rowIndex >= MAX_ROWS) {
                            throw new IngestException(file, sheet + "!A" + (rowIndex + 1) + "：工作表“" + sheet + "”超过"
                                    + MAX_ROWS + "行，Gongkai 不读取这么大的表（请删除多余的行）");
                        }
                    }
                    case "c" -> {
                        ref = x.getAttributeValue(null, "r");
                        if (ref == null) {
                            ref = new CellReference(rowIndex, nextCol).formatAsString(false);
                        }
                        type = x.getAttributeValue(null, "t");
                        style = x.getAttributeValue(null, "s");
                        formula = false;
                        value = null;
                        inline = null;
                    }
                    case "f" -> formula = true;
                    case "v" -> {
                        value = new StringBuilder();
                        inValue = true;
                    }
                    case "is" -> inline = new StringBuilder();
                    case "t" -> {
                        if (inline != null) {
                            inline.append(x.getElementText());
                        }
                    }
                    case "mergeCell" -> merged.add(CellRangeAddress.valueOf(x.getAttributeValue(null, "ref")));
                    default -> {
                    }
                }
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                if (inValue) {
                    value.append(x.getText());
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                switch (x.getLocalName()) {
                    case "v" -> inValue = false;
                    case "c" -> {
                        CellReference cr = new CellReference(ref);
                        nextCol = cr.getCol() + 1;
                        RawCell cell = cell(ref, type, value, inline, formula, strings, format(styles, style));
                        if (cell != null) {
                            if (++cells[0] > MAX_CELLS) {
                                throw new IngestException(file, sheet + "!" + ref + "：工作簿的非空单元格超过" + MAX_CELLS
                                        + "个，Gongkai 不读取这么大的工作簿");
                            }
                            rows.computeIfAbsent(cr.getRow(), k -> new LinkedHashMap<>()).put((int) cr.getCol(), cell);
                        }
                        value = null;
                    }
                    default -> {
                    }
                }
            }
        }
        return new RawSheet(sheet, hidden, rows, merged);
    }

    /** The number format of a cell's style index, null when there is none to know. */
    private static String format(StylesTable styles, String style) {
        if (styles == null || style == null) {
            return null;
        }
        try {
            int i = Integer.parseInt(style.strip());
            return i < 0 || i >= styles.getNumCellStyles() ? null : styles.getStyleAt(i).getDataFormatString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static RawCell cell(String ref, String type, StringBuilder value, StringBuilder inline, boolean formula,
            ReadOnlySharedStringsTable strings, String format) {
        String v = value == null ? null : value.toString();
        if (type == null || type.equals("n")) {
            return v == null && !formula ? null : new RawCell(ref, RawCell.Type.NUMBER, v, formula, format);
        }
        return switch (type) {
            case "s" -> new RawCell(ref, RawCell.Type.TEXT,
                    v == null ? null : strings.getItemAt(Integer.parseInt(v.strip())).getString(), formula, format);
            case "inlineStr" -> new RawCell(ref, RawCell.Type.TEXT, inline == null ? v : inline.toString(), formula, format);
            case "b" -> new RawCell(ref, RawCell.Type.BOOLEAN, v, formula, format);
            case "e" -> new RawCell(ref, RawCell.Type.ERROR, v, formula, format);
            default -> new RawCell(ref, RawCell.Type.TEXT, v, formula, format); // str (a formula's text), d (ISO date)
        };
    }

    /**
     * POI's bound on an entry's inflated size, set once when a workbook is first read (not when the
     * input's first bytes are looked at: reading a text or a PDF loads nothing of POI). POI's own bound
     * on the ratio of inflated to compressed bytes stays at its default (1%).
     */
    private static final class PoiBounds {
        static {
            org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        }

        static void ensure() {
            // the class initialiser did it
        }
    }
}
