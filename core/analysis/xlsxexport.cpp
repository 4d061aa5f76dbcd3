#include "analysis/xlsxexport.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <system_error>
#if defined(FOLJA_HAVE_XLSXWRITER)
#include <xlsxwriter.h>
#endif

namespace folja::analysis {

namespace {

const QString kSuppressed = QStringLiteral("..");
constexpr int kMaxSheetName = 31;   // Excel's limit
constexpr int kMaxCellText = 32767; // Excel's limit

enum class Measure { Count, RowPercent, ColumnPercent, TotalPercent };
enum class Bound { Value, Low, High };
// What a cell holds, for its format.
enum class Kind { Label, Header, Count, Percent, Text };

#if defined(FOLJA_HAVE_XLSXWRITER)
const Percentage& percentageOf(const TableCell& cell, Measure measure)
{
    switch (measure) {
    case Measure::RowPercent:
        return cell.row;
    case Measure::ColumnPercent:
        return cell.column;
    case Measure::TotalPercent:
    case Measure::Count:
        break;
    }
    return cell.total;
}

// Text that is valid in the workbook's XML and fits a cell: control characters (other than line
// breaks and tabs) are dropped.
QByteArray cellText(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            continue;
        if (c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
            continue;
        clean.append(c);
    }
    if (clean.size() > kMaxCellText)
        clean.truncate(kMaxCellText);
    return clean.toUtf8();
}

// One workbook being written: its formats and the first error met.
class Book
{
public:
    Book(lxw_workbook* workbook, int decimals)
        : m_book(workbook)
    {
        m_percentFormat = QByteArray("0");
        if (decimals > 0)
            m_percentFormat += '.' + QByteArray(std::min(decimals, 6), '0');
        m_percentFormat += '%';
    }

    lxw_workbook* workbook() const { return m_book; }
    bool failed() const { return m_error != LXW_NO_ERROR; }
    lxw_error error() const { return m_error; }
    void check(lxw_error e)
    {
        if (m_error == LXW_NO_ERROR && e != LXW_NO_ERROR)
            m_error = e;
    }

    // Formats are made once per combination and shared by every sheet.
    lxw_format* format(Kind kind, bool missing = false, bool total = false)
    {
        const int key = static_cast<int>(kind) * 4 + (missing ? 2 : 0) + (total ? 1 : 0);
        if (lxw_format* f = m_formats.value(key))
            return f;
        lxw_format* f = workbook_add_format(m_book);
        switch (kind) {
        case Kind::Header:
            format_set_bold(f);
            format_set_text_wrap(f);
            format_set_align(f, LXW_ALIGN_VERTICAL_BOTTOM);
            format_set_bottom(f, LXW_BORDER_THIN);
            break;
        case Kind::Count:
            format_set_num_format(f, "#,##0");
            break;
        case Kind::Percent:
            format_set_num_format(f, m_percentFormat.constData());
            break;
        case Kind::Text:
            format_set_align(f, LXW_ALIGN_RIGHT);
            break;
        case Kind::Label:
            break;
        }
        if (total)
            format_set_bold(f);
        if (missing) {
            // Internal bortfall: grey and italic, explained in the note under the table.
            format_set_italic(f);
            format_set_bg_color(f, 0xE7E6E6);
        }
        m_formats.insert(key, f);
        return f;
    }
    lxw_format* bold()
    {
        if (!m_bold) {
            m_bold = workbook_add_format(m_book);
            format_set_bold(m_bold);
        }
        return m_bold;
    }
    lxw_format* heading()
    {
        if (!m_heading) {
            m_heading = workbook_add_format(m_book);
            format_set_bold(m_heading);
            format_set_font_size(m_heading, 13);
        }
        return m_heading;
    }

private:
    lxw_workbook* m_book;
    lxw_error m_error = LXW_NO_ERROR;
    QByteArray m_percentFormat;
    QHash<int, lxw_format*> m_formats;
    lxw_format* m_bold = nullptr;
    lxw_format* m_heading = nullptr;
};

class Sheet
{
public:
    Sheet(Book& book, lxw_worksheet* sheet)
        : m_book(book)
        , m_sheet(sheet)
    {}

    int row() const { return m_row; }
    void skip(int rows = 1) { m_row += rows; }
    void text(int column, const QString& value, lxw_format* format = nullptr)
    {
        if (value.isEmpty() && !format)
            return;
        const QByteArray bytes = cellText(value);
        m_book.check(worksheet_write_string(m_sheet, static_cast<lxw_row_t>(m_row), static_cast<lxw_col_t>(column),
                                            bytes.constData(), format));
        m_widest[column] = std::max(m_widest.value(column), static_cast<int>(value.size()));
    }
    void number(int column, double value, lxw_format* format)
    {
        m_book.check(worksheet_write_number(m_sheet, static_cast<lxw_row_t>(m_row), static_cast<lxw_col_t>(column),
                                            value, format));
    }
    void blank(int column, lxw_format* format)
    {
        if (format)
            m_book.check(
                worksheet_write_blank(m_sheet, static_cast<lxw_row_t>(m_row), static_cast<lxw_col_t>(column), format));
    }
    // A count, or ".." when it is suppressed.
    void count(int column, const Count& c, bool missing = false, bool total = false)
    {
        if (c.suppressed)
            text(column, kSuppressed, m_book.format(Kind::Text, missing, total));
        else
            number(column, static_cast<double>(c.n), m_book.format(Kind::Count, missing, total));
    }
    // A percentage (0–100) as a fraction with the percent format, ".." when hidden.
    void percent(int column, double value, bool hidden, bool missing = false, bool total = false)
    {
        if (hidden)
            text(column, kSuppressed, m_book.format(Kind::Text, missing, total));
        else if (std::isfinite(value))
            number(column, value / 100.0, m_book.format(Kind::Percent, missing, total));
    }
    void line(const QString& value, lxw_format* format = nullptr)
    {
        // A long note spills over the empty cells to its right, as in Excel.
        const QByteArray bytes = cellText(value);
        m_book.check(worksheet_write_string(m_sheet, static_cast<lxw_row_t>(m_row), 0, bytes.constData(), format));
        ++m_row;
    }
    void next() { ++m_row; }
    void freeze(int rows, int columns)
    {
        worksheet_freeze_panes(m_sheet, static_cast<lxw_row_t>(rows), static_cast<lxw_col_t>(columns));
    }
    void widths(int columns)
    {
        // The label column as wide as its longest label (within reason), the others for numbers and
        // short headers (they wrap).
        const double first = std::clamp(m_widest.value(0), 12, 50) + 2;
        m_book.check(worksheet_set_column(m_sheet, 0, 0, first, nullptr));
        if (columns > 1)
            m_book.check(worksheet_set_column(m_sheet, 1, static_cast<lxw_col_t>(columns - 1), 14, nullptr));
    }

private:
    Book& m_book;
    lxw_worksheet* m_sheet;
    int m_row = 0;
    QHash<int, int> m_widest;
};

#endif

} // namespace

QString XlsxExport::sheetName(const QString& label, const QStringList& taken)
{
    QString base;
    for (QChar c : label.simplified()) {
        if (QStringLiteral("[]:*?/\\").contains(c))
            base.append(QLatin1Char('-'));
        else if (c.unicode() >= 0x20)
            base.append(c);
    }
    while (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    base = base.left(kMaxSheetName);
    while (base.endsWith(QLatin1Char('\'')))
        base.chop(1);
    if (base.isEmpty() || base.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        base = tr("Table");
    auto isTaken = [&](const QString& name) {
        return std::any_of(taken.begin(), taken.end(),
                           [&](const QString& t) { return t.compare(name, Qt::CaseInsensitive) == 0; });
    };
    QString name = base;
    for (int n = 2; isTaken(name); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(kMaxSheetName - static_cast<int>(suffix.size())) + suffix;
    }
    return name;
}

Result<void> XlsxExport::write(const CrossTab& t, const XlsxOptions& options, const QString& path)
{
    if (!t.exportable || t.mode != Mode::Publicering)
        return makeError(ErrorCode::PermissionDenied,
                         tr("An internal analysis is not for publication and cannot be exported."));
#if !defined(FOLJA_HAVE_XLSXWRITER)
    // A cross build without libxlsxwriter for its target (installer/windows/build.sh).
    Q_UNUSED(options);
    Q_UNUSED(path);
    return makeError(ErrorCode::InvalidInput,
                     tr("This build of Följa cannot write Excel workbooks; export the table as CSV."));
#else
    const int dims = static_cast<int>(t.dimensions.size());
    if (dims < 1 || dims > 3 || t.layout.dimensions() != dims ||
        static_cast<int>(t.cells.size()) != t.layout.cellCount())
        return makeError(ErrorCode::Internal, tr("The table to export is incomplete."));

    // Written under a temporary name in the target's folder (owner-only: QTemporaryFile makes it
    // 0600), renamed over the target when complete. Closed here so that libxlsxwriter can open it.
    const QFileInfo target(path);
    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.tmp").arg(target.fileName())));
    if (!temp.open())
        return makeError(ErrorCode::Io, tr("Could not write %1: %2").arg(path, temp.errorString()));
    const QString tempPath = temp.fileName();
    temp.close();
    const QByteArray tempName = QFile::encodeName(tempPath);
    // libxlsxwriter's own scratch files go next to the target too, not to a shared temp folder.
    QByteArray scratch = QFile::encodeName(target.absolutePath());
    lxw_workbook_options workbookOptions{};
    workbookOptions.constant_memory = LXW_FALSE;
    workbookOptions.tmpdir = scratch.data();
    lxw_workbook* workbook = workbook_new_opt(tempName.constData(), &workbookOptions);
    if (!workbook)
        return makeError(ErrorCode::Io, tr("Could not write %1.").arg(path));
    Book book(workbook, options.decimals);

    QByteArray title = cellText(options.title);
    lxw_doc_properties properties{};
    properties.title = title.data(); // nothing else: no user names in the file
    book.check(workbook_set_properties(workbook, &properties));

    const QString total = tr("Total");
    struct Block {
        Measure measure;
        Bound bound;
        QString title;
    };
    QList<Block> blocks{{Measure::Count, Bound::Value, tr("Count")}};
    auto addPercent = [&](bool wanted, Measure m, const QString& blockTitle) {
        if (!wanted)
            return;
        blocks.append({m, Bound::Value, blockTitle});
        if (options.intervals) {
            blocks.append({m, Bound::Low, tr("%1, lower bound of the 95 % interval").arg(blockTitle)});
            blocks.append({m, Bound::High, tr("%1, upper bound of the 95 % interval").arg(blockTitle)});
        }
    };
    addPercent(options.rowPercent, Measure::RowPercent, tr("Row percent"));
    addPercent(options.columnPercent, Measure::ColumnPercent, tr("Column percent"));
    addPercent(options.totalPercent, Measure::TotalPercent, tr("Percent of total"));

    auto label = [&](const TableDimension& dim, int position) {
        if (position < dim.categories.size())
            return dim.categories.at(position).label;
        return dim.isSplit() ? tr("Total %1").arg(dim.scaleOf(position)) : total;
    };
    auto isMissing = [&](int d, int position) {
        if (d >= dims)
            return false;
        const TableDimension& dim = t.dimensions.at(d);
        return position < dim.categories.size() && dim.categories.at(position).isMissing;
    };
    auto isTotal = [&](int d, int position) { return d < dims && position >= t.dimensions.at(d).categories.size(); };
    auto order = [&](int d) { return d < dims ? t.dimensions.at(d).readingOrder() : QList<int>{0}; };
    // The first category of a måluppfyllelse scale block: the scale's heading goes there.
    auto startsBlock = [&](int d, int position) -> QString {
        if (d >= dims)
            return {};
        const TableDimension& dim = t.dimensions.at(d);
        if (!dim.isSplit() || position >= dim.categories.size())
            return {};
        const CategoryBlock& b = dim.blocks.at(dim.blockOf(position));
        return b.first == position ? b.scale : QString();
    };

    const TableDimension& rowDim = t.dimensions.at(0);
    const QList<int> rows = order(0);
    const QList<int> columns = order(1);
    const bool columnsSplit = dims >= 2 && t.dimensions.at(1).isSplit();
    bool anyMissing = false;

    QStringList sheetNames;
    for (int layer : order(2)) {
        QString layerTitle;
        if (dims >= 3) {
            const TableDimension& ld = t.dimensions.at(2);
            layerTitle = tr("%1: %2").arg(ld.label, label(ld, layer));
            sheetNames.append(sheetName(label(ld, layer), sheetNames));
        } else {
            sheetNames.append(sheetName(tr("Table"), sheetNames));
        }
        const QByteArray sheetNameBytes = sheetNames.constLast().toUtf8();
        lxw_worksheet* worksheet = workbook_add_worksheet(workbook, sheetNameBytes.constData());
        if (!worksheet) {
            book.check(LXW_ERROR_SHEETNAME_ALREADY_USED);
            break;
        }
        Sheet s(book, worksheet);
        if (!options.title.isEmpty())
            s.line(options.title, book.heading());
        for (const QString& p : options.preamble)
            s.line(p);
        if (!layerTitle.isEmpty())
            s.line(layerTitle, book.bold());
        if (s.row() > 0)
            s.next();

        int frozen = -1; // the row below the first block's header
        for (const Block& b : blocks) {
            s.line(b.title, book.bold());
            if (columnsSplit) {
                // One block of columns per måluppfyllelse scale: the scale above its columns.
                s.text(0, QString(), book.format(Kind::Header));
                int col = 1;
                for (int c : columns) {
                    s.text(col++, tr("Scale %1").arg(t.dimensions.at(1).scaleOf(c)), book.format(Kind::Header));
                }
                s.next();
            }
            s.text(0, dims >= 2 ? tr("%1 \\ %2").arg(rowDim.label, t.dimensions.at(1).label) : rowDim.label,
                   book.format(Kind::Header));
            int col = 1;
            for (int c : columns) {
                const bool missing = isMissing(1, c);
                anyMissing = anyMissing || missing;
                s.text(col++, dims >= 2 ? label(t.dimensions.at(1), c) : total,
                       book.format(Kind::Header, missing, isTotal(1, c)));
            }
            s.next();
            if (frozen < 0)
                frozen = s.row();
            for (int r : rows) {
                if (const QString scale = startsBlock(0, r); !scale.isEmpty())
                    s.line(tr("Scale %1").arg(scale), book.bold());
                const bool rowMissing = isMissing(0, r);
                const bool rowTotal = isTotal(0, r);
                anyMissing = anyMissing || rowMissing;
                s.text(0, label(rowDim, r), book.format(Kind::Label, rowMissing, rowTotal));
                col = 1;
                for (int c : columns) {
                    std::vector<int> coords{r};
                    if (dims >= 2)
                        coords.push_back(c);
                    if (dims >= 3)
                        coords.push_back(layer);
                    const TableCell& cell = t.cell(coords);
                    const bool missing = rowMissing || isMissing(1, c);
                    const bool isTot = rowTotal || isTotal(1, c);
                    if (b.measure == Measure::Count) {
                        s.count(col, Count{cell.n, cell.suppressed()}, missing, isTot);
                    } else {
                        const Percentage& p = percentageOf(cell, b.measure);
                        const bool hidden = p.suppressed || (cell.suppressed() && p.available);
                        const double v = b.bound == Bound::Value ? p.value : b.bound == Bound::Low ? p.ciLow : p.ciHigh;
                        if (hidden || p.available)
                            s.percent(col, v, hidden, missing, isTot);
                        else
                            s.blank(col, missing ? book.format(Kind::Label, true, false) : nullptr);
                    }
                    ++col;
                }
                s.next();
            }
            s.next();
        }
        s.freeze(frozen, 1);
        const int tableColumns = static_cast<int>(columns.size()) + 1;

        // Bortfall per dimension (per scale for a split måluppfyllelse).
        s.line(tr("Bortfall"), book.bold());
        const QStringList bortfallHeader{tr("Dimension"), tr("Value missing (internal bortfall)"),
                                         tr("Percent missing"), tr("Uncertain answers"),
                                         tr("Not applicable (left out)")};
        for (int i = 0; i < bortfallHeader.size(); ++i)
            s.text(i, bortfallHeader.at(i), book.format(Kind::Header));
        s.next();
        for (const TableDimension& d : t.dimensions) {
            if (d.isSplit()) {
                for (const CategoryBlock& cb : d.blocks) {
                    s.text(0, tr("%1 (%2)").arg(d.label, cb.scale));
                    s.count(1, cb.bortfall);
                    s.percent(2, cb.bortfallPercent, cb.bortfall.suppressed || cb.total.suppressed);
                    s.count(3, cb.uncertain);
                    s.next();
                }
                s.text(0, d.label);
                s.count(1, d.bortfall);
                s.count(3, d.uncertain);
                s.count(4, d.notApplicable);
                s.next();
                continue;
            }
            s.text(0, d.label);
            s.count(1, d.bortfall);
            s.percent(2, d.bortfallPercent, d.bortfall.suppressed || t.total.suppressed);
            s.count(3, d.uncertain);
            s.count(4, d.notApplicable);
            s.next();
        }
        s.text(0, tr("Records in the table"));
        s.count(1, t.total);
        s.next();
        if (!t.external.isEmpty()) {
            s.next();
            s.text(0, tr("External bortfall"), book.format(Kind::Header));
            s.text(1, tr("Count"), book.format(Kind::Header));
            s.text(2, tr("Of"), book.format(Kind::Header));
            s.next();
            for (const ExternalBortfall& e : t.external) {
                s.text(0, e.description);
                s.count(1, e.n);
                s.count(2, e.base);
                s.next();
            }
        }

        // What the marks mean, the footnotes and the method note.
        s.next();
        s.line(tr("Notes"), book.bold());
        s.line(tr("\"..\": not shown, to protect individuals (fewer than %1, or hidden so that such a count cannot "
                  "be worked out).")
                   .arg(t.minCell));
        if (anyMissing)
            s.line(tr("Grey italic row or column: records without a value for the variable (internal bortfall)."));
        if (columnsSplit || rowDim.isSplit() || (dims >= 3 && t.dimensions.at(2).isSplit()))
            s.line(tr("Måluppfyllelse is answered on two scales (BBIC and IBIC): each scale has its own block and "
                      "total, and the two are never added together."));
        for (const QString& f : t.footnotes)
            s.line(f);
        if (!options.methodNotes.isEmpty()) {
            s.next();
            s.line(tr("Method"), book.bold());
            for (const QString& m : options.methodNotes)
                s.line(m);
        }
        s.widths(std::max(tableColumns, 5));
    }

    const lxw_error closed = workbook_close(workbook); // frees the workbook in every case
    if (book.failed() || closed != LXW_NO_ERROR) {
        const lxw_error e = book.failed() ? book.error() : closed;
        return makeError(ErrorCode::Io, tr("Could not write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(e))));
    }
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(tempPath.toStdU16String()),
                            std::filesystem::path(target.absoluteFilePath().toStdU16String()), ec);
    if (ec)
        return makeError(ErrorCode::Io, tr("Could not write %1: %2").arg(path, QString::fromLocal8Bit(ec.message())));
    temp.setAutoRemove(false); // it is the target now
    return {};
#endif
}

} // namespace folja::analysis
