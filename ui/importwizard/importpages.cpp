#include "importwizard/importpages.h"

#include "access/importmappings.h"
#include "access/session.h"
#include "widgets/background.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace folja::ui {

namespace {

constexpr int kPreviewRows = 20;
constexpr int kMaxRowsShown = 20;

QString targetText(const io::Target& t)
{
    return QStringLiteral("%1 (%2)").arg(t.label, t.column);
}

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QTableWidget* makeTable(const QStringList& headers, QWidget* parent, const QString& name)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setToolTip(text);
    return i;
}

// A catalogue code as a handläggare reads it: the label (insats with its KSI code).
QString displayValue(const catalog::Catalog& catalog, const QString& column, const QString& code)
{
    if (code.isEmpty())
        return {};
    if (column == QLatin1String("malgrupp")) {
        if (const auto mg = catalog::malgruppFromCode(code))
            return catalog.malgruppLabel(*mg);
        return code;
    }
    const catalog::Variable* v = catalog.variable(column);
    if (!v || !v->isCoded())
        return code;
    QStringList out;
    for (const QString& part : code.split(QLatin1Char('|'))) {
        const catalog::Value* value = v->value(part);
        if (!value)
            out.append(part);
        else if (column == QLatin1String("insats"))
            out.append(QStringLiteral("%1 %2").arg(value->code, value->label));
        else
            out.append(value->label);
    }
    return out.join(QLatin1String(", "));
}

QString rowsText(const QList<qint64>& rows, int count)
{
    QStringList shown;
    for (qsizetype i = 0; i < rows.size() && i < kMaxRowsShown; ++i)
        shown.append(QString::number(rows[i]));
    QString text = shown.join(QLatin1String(", "));
    if (count > shown.size())
        text += ImportPreviewPage::tr(" … (%n in all)", nullptr, count);
    return text;
}

} // namespace

// --- file ----------------------------------------------------------------------------------------

ImportFilePage::ImportFilePage(ImportWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose the file"));
    setSubTitle(tr("An extract from your verksamhetssystem or an Excel sheet: CSV or text (UTF-8 or Windows-1252; "
                   "semicolon, comma or tab between columns) or an Excel workbook (.xlsx)."));

    m_mapping = new QComboBox(this);
    m_mapping->setObjectName(QStringLiteral("savedMappingCombo"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPathEdit"));
    m_path->setReadOnly(true);
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("importBrowseButton"));
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("importSheetCombo"));
    m_sheet->setEnabled(false);
    m_format = new QLabel(this);
    m_format->setObjectName(QStringLiteral("importFormatLabel"));
    m_format->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("importFileError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a00000;"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Saved mapping:"), m_mapping);
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Sheet:"), m_sheet);
    form->addRow(tr("Read as:"), m_format);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(wrapped(tr("A saved mapping remembers which column is which and how the values translate, so "
                                 "next month's extract is three clicks: choose the mapping, the file, and import."),
                              this));
    layout->addStretch(1);

    reloadMappings();
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file to import"), QString(),
                                                          tr("Extracts (*.csv *.txt *.xlsx);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(m_sheet, &QComboBox::activated, this, [this] {
        if (!m_state.path.isEmpty())
            openFile(m_state.path, m_sheet->currentText());
    });
    connect(m_mapping, &QComboBox::activated, this, [this] { chooseMapping(m_mapping->currentData().toString()); });
}

void ImportFilePage::reloadMappings()
{
    m_mapping->clear();
    m_mapping->addItem(tr("New mapping (suggested from the file)"), QString());
    auto saved = access::ImportMappings(*m_state.session).list();
    if (saved) {
        for (const access::SavedImportMapping& m : *saved)
            m_mapping->addItem(m.name, m.name);
    }
    // The last one saved is the likely one for this month's extract.
    if (saved && !saved->isEmpty()) {
        const auto latest = std::max_element(saved->begin(), saved->end(),
                                             [](const auto& a, const auto& b) { return a.updatedAt < b.updatedAt; });
        m_mapping->setCurrentIndex(m_mapping->findData(latest->name));
        m_state.mappingName = latest->name;
    }
}

void ImportFilePage::chooseMapping(const QString& name)
{
    m_state.mappingName = name;
    const int index = m_mapping->findData(name);
    if (index >= 0)
        m_mapping->setCurrentIndex(index);
    applyMapping();
}

void ImportFilePage::applyMapping()
{
    if (!m_state.table)
        return;
    m_error->clear();
    if (!m_state.mappingName.isEmpty()) {
        auto saved = access::ImportMappings(*m_state.session).loadByName(m_state.mappingName);
        auto mapping = saved ? io::Mapping::fromJson(saved->json) : Result<io::Mapping>(saved.error());
        if (mapping) {
            m_state.mapping = *mapping;
            // A column the mapping expects but this file lacks fills nothing: the columns page then
            // shows what is missing, and the user can map another column.
            QStringList missing;
            for (io::ColumnRule& c : m_state.mapping.columns) {
                if (!c.target.isEmpty() && !m_state.table->header().contains(c.source)) {
                    missing.append(c.source);
                    c.target.clear();
                }
            }
            if (!missing.isEmpty()) {
                m_error->setText(tr("The file lacks columns the mapping expects: %1. Check the columns on the next "
                                    "page.")
                                     .arg(missing.join(QLatin1String(", "))));
            }
            // Columns the mapping has not seen before start as suggested.
            const io::Mapping suggested = io::suggestMapping(*m_state.table, *m_state.catalog);
            for (const io::ColumnRule& c : suggested.columns) {
                if (!m_state.mapping.forSource(c.source)) {
                    io::ColumnRule fresh = c;
                    if (m_state.mapping.forTarget(fresh.target))
                        fresh.target.clear();
                    m_state.mapping.columns.append(fresh);
                }
            }
            return;
        }
        m_error->setText(mapping.error().message);
    }
    m_state.mapping = io::suggestMapping(*m_state.table, *m_state.catalog);
}

bool ImportFilePage::openFile(const QString& path, const QString& sheet)
{
    m_error->clear();
    m_state.table.reset();
    // A large workbook takes a while to unpack and read: on the worker, while the window draws.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto table = answerWhileDrawing([&] { return io::openTable(path, sheet); });
    QApplication::restoreOverrideCursor();
    m_path->setText(QFileInfo(path).fileName());
    if (!table) {
        m_format->clear();
        m_error->setText(table.error().message);
        emit completeChanged();
        return false;
    }
    m_state.path = path;
    m_state.table = std::move(table).value();
    const io::TableInfo& info = m_state.table->info();
    m_state.sheet = info.sheet;
    m_sheet->clear();
    m_sheet->addItems(info.sheets);
    m_sheet->setEnabled(info.sheets.size() > 1);
    if (!info.sheet.isEmpty())
        m_sheet->setCurrentText(info.sheet);
    if (info.format == io::TableInfo::Format::Xlsx) {
        m_format->setText(tr("%1, sheet \"%2\"; %n column(s)", nullptr, int(m_state.table->header().size()))
                              .arg(info.encodingName(), info.sheet));
    } else {
        m_format->setText(tr("Encoding %1, separator %2; %n column(s)", nullptr, int(m_state.table->header().size()))
                              .arg(info.encodingName(), info.separatorName()));
    }
    applyMapping();
    emit completeChanged();
    return true;
}

bool ImportFilePage::isComplete() const
{
    return m_state.table != nullptr;
}

bool ImportFilePage::validatePage()
{
    return m_state.table != nullptr;
}

// --- columns -------------------------------------------------------------------------------------

ImportColumnsPage::ImportColumnsPage(ImportWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("importColumnsPage"));
    setTitle(tr("Which column is which?"));
    setSubTitle(tr("Each column of the file goes to one Följa variable, or is ignored on purpose. The suggestions "
                   "come from the column names and the values in them."));
    m_table = makeTable({tr("Column in the file"), tr("Examples"), tr("Följa variable")}, this,
                        QStringLiteral("importColumnsTable"));
    m_fixedMalgrupp = new QComboBox(this);
    m_fixedMalgrupp->setObjectName(QStringLiteral("fixedMalgruppCombo"));
    m_fixedHandlaggare = new QComboBox(this);
    m_fixedHandlaggare->setObjectName(QStringLiteral("fixedHandlaggareCombo"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importColumnsStatus"));
    m_status->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Målgrupp for every row (when no column has it):"), m_fixedMalgrupp);
    form->addRow(tr("Handläggare for every row (when no column has it):"), m_fixedHandlaggare);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_status);
    connect(m_fixedMalgrupp, &QComboBox::activated, this, [this] { collect(); });
    connect(m_fixedHandlaggare, &QComboBox::activated, this, [this] { collect(); });
}

void ImportColumnsPage::initializePage()
{
    const QStringList& header = m_state.table->header();
    // Examples: the first distinct values of each column.
    QList<QStringList> examples(header.size());
    if (m_state.table->rewind()) {
        io::CsvRecord r;
        for (int n = 0; n < 200; ++n) {
            auto more = m_state.table->next(r);
            if (!more || !*more)
                break;
            for (int i = 0; i < header.size(); ++i) {
                const QString cell = r.fields.value(i).trimmed();
                if (!cell.isEmpty() && examples[i].size() < 3 && !examples[i].contains(cell))
                    examples[i].append(cell);
            }
        }
        (void)m_state.table->rewind();
    }
    m_table->setRowCount(int(header.size()));
    const QList<io::Target>& targets = io::importTargets(*m_state.catalog);
    for (int i = 0; i < header.size(); ++i) {
        m_table->setItem(i, 0, item(header[i]));
        // A personnummer is not shown as an example (the screen may be seen by others).
        const io::ColumnRule* rule = m_state.mapping.forSource(header[i]);
        const bool personal = rule && rule->target == QLatin1String("person_id");
        m_table->setItem(i, 1, item(personal ? tr("(personnummer)") : examples[i].join(QStringLiteral(u"  ·  "))));
        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("targetCombo_%1").arg(i));
        combo->addItem(tr("(ignored)"), QString());
        for (const io::Target& t : targets)
            combo->addItem(targetText(t), t.column);
        combo->setCurrentIndex(std::max(0, combo->findData(rule ? rule->target : QString())));
        connect(combo, &QComboBox::activated, this, [this] { collect(); });
        m_table->setCellWidget(i, 2, combo);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(1, std::min(m_table->columnWidth(1), 320));

    m_fixedMalgrupp->clear();
    m_fixedMalgrupp->addItem(tr("(from a column)"), QString());
    for (catalog::Malgrupp mg : catalog::kAllMalgrupper)
        m_fixedMalgrupp->addItem(m_state.catalog->malgruppLabel(mg), catalog::malgruppCode(mg));
    m_fixedMalgrupp->setCurrentIndex(
        std::max(0, m_fixedMalgrupp->findData(m_state.mapping.constants.value(QStringLiteral("malgrupp")))));
    m_fixedHandlaggare->clear();
    m_fixedHandlaggare->addItem(tr("(from a column)"), QString());
    QStringList accounts(m_state.accounts.cbegin(), m_state.accounts.cend());
    accounts.sort();
    for (const QString& a : accounts)
        m_fixedHandlaggare->addItem(a, a);
    m_fixedHandlaggare->setCurrentIndex(
        std::max(0, m_fixedHandlaggare->findData(m_state.mapping.constants.value(QStringLiteral("handlaggare")))));
    collect();
}

QString ImportColumnsPage::targetOf(const QString& sourceColumn) const
{
    const qsizetype row = m_state.table ? m_state.table->header().indexOf(sourceColumn) : -1;
    if (row < 0)
        return {};
    auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(int(row), 2));
    return combo ? combo->currentData().toString() : QString();
}

void ImportColumnsPage::setTarget(const QString& sourceColumn, const QString& target)
{
    const qsizetype row = m_state.table->header().indexOf(sourceColumn);
    if (row < 0)
        return;
    if (auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(int(row), 2)))
        combo->setCurrentIndex(std::max(0, combo->findData(target)));
    collect();
}

void ImportColumnsPage::collect()
{
    const QStringList& header = m_state.table->header();
    for (int i = 0; i < header.size(); ++i) {
        auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(i, 2));
        io::ColumnRule* rule = m_state.mapping.forSource(header[i]);
        if (!rule) {
            m_state.mapping.columns.append(io::ColumnRule{header[i], {}, io::DateFormat::Auto, {}});
            rule = &m_state.mapping.columns.last();
        }
        rule->target = combo ? combo->currentData().toString() : QString();
        // Ignored columns are shown as such.
        if (QTableWidgetItem* name = m_table->item(i, 0)) {
            QFont f = name->font();
            f.setItalic(rule->target.isEmpty());
            name->setFont(f);
            name->setForeground(rule->target.isEmpty() ? palette().brush(QPalette::Disabled, QPalette::Text)
                                                       : palette().brush(QPalette::Active, QPalette::Text));
        }
    }
    for (const auto& [combo, column] : {std::pair{m_fixedMalgrupp, QStringLiteral("malgrupp")},
                                        std::pair{m_fixedHandlaggare, QStringLiteral("handlaggare")}}) {
        const QString value = combo->currentData().toString();
        if (value.isEmpty())
            m_state.mapping.constants.remove(column);
        else
            m_state.mapping.constants.insert(column, value);
    }
    int ignored = 0;
    for (const io::ColumnRule& c : std::as_const(m_state.mapping.columns))
        ignored += c.target.isEmpty() && header.contains(c.source) ? 1 : 0;
    auto valid = m_state.mapping.validate(*m_state.catalog);
    if (valid) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("%n column(s) ignored (shown in grey); they are not imported.", nullptr, ignored));
    } else {
        m_status->setStyleSheet(QStringLiteral("color: #a00000;"));
        m_status->setText(valid.error().message);
    }
    emit completeChanged();
}

bool ImportColumnsPage::isComplete() const
{
    return m_state.mapping.validate(*m_state.catalog).ok();
}

bool ImportColumnsPage::validatePage()
{
    // The values and dates pages need the values of the mapped columns.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    io::MappingEngine engine(*m_state.catalog, m_state.mapping, m_state.accounts);
    auto analysis = answerWhileDrawing([&] { return engine.analyse(*m_state.table); });
    QApplication::restoreOverrideCursor();
    if (!analysis) {
        m_status->setText(analysis.error().message);
        return false;
    }
    m_state.analysis = std::move(analysis).value();
    return true;
}

// --- values --------------------------------------------------------------------------------------

ImportValuesPage::ImportValuesPage(ImportWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("importValuesPage"));
    setTitle(tr("What do the values mean?"));
    setSubTitle(tr("Every distinct value of the mapped columns, with how often it occurs. Codes and labels are "
                   "recognised regardless of case and spacing, SKL 2019 names through the catalogue's table. Choose "
                   "a value where Följa cannot decide."));
    m_table =
        makeTable({tr("Column"), tr("Målgrupp"), tr("Value in the file"), tr("Rows"), tr("Följa value"), tr("How")},
                  this, QStringLiteral("importValuesTable"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importValuesSummary"));
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
}

void ImportValuesPage::initializePage()
{
    const QList<io::ValueItem>& items = m_state.analysis.items;
    m_table->clearContents();
    m_table->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const io::ValueItem& v = items[row];
        const io::Target* target = io::importTarget(*m_state.catalog, v.target);
        auto* column = item(v.sourceColumn);
        column->setToolTip(QStringLiteral("%1 → %2").arg(v.sourceColumn, target ? target->label : v.target));
        m_table->setItem(row, 0, column);
        m_table->setItem(row, 1, item(v.malgrupp));
        m_table->setItem(row, 2, item(v.value));
        auto* count = item(QString::number(v.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 3, count);

        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("valueCombo_%1").arg(row));
        combo->addItem(tr("(empty: bortfall)"), QString());
        if (v.target == QLatin1String("malgrupp")) {
            for (catalog::Malgrupp mg : catalog::kAllMalgrupper)
                combo->addItem(m_state.catalog->malgruppLabel(mg), catalog::malgruppCode(mg));
        } else if (v.target == QLatin1String("handlaggare")) {
            QStringList accounts(m_state.accounts.cbegin(), m_state.accounts.cend());
            accounts.sort();
            for (const QString& a : accounts)
                combo->addItem(a, a);
        } else if (const catalog::Variable* variable = m_state.catalog->variable(v.target)) {
            // Filtered by the målgrupp where the values depend on it; the 2019 table's candidates first.
            QList<const catalog::Value*> values;
            if (const auto mg = catalog::malgruppFromCode(v.malgrupp)) {
                values = m_state.catalog->valuesFor(*variable, *mg);
            } else {
                for (const catalog::Value& value : variable->values) {
                    if (value.selectable)
                        values.append(&value);
                }
            }
            for (const QString& candidate : v.candidates) {
                if (const catalog::Value* value = variable->value(candidate))
                    combo->addItem(displayValue(*m_state.catalog, v.target, value->code) + tr(" (2019 table)"),
                                   value->code);
            }
            if (!v.candidates.isEmpty())
                combo->insertSeparator(combo->count());
            for (const catalog::Value* value : std::as_const(values))
                combo->addItem(displayValue(*m_state.catalog, v.target, value->code), value->code);
        }
        const bool decided = v.resolution == io::Resolution::Exact || v.resolution == io::Resolution::Rule ||
                             v.resolution == io::Resolution::From2019;
        if (decided) {
            int index = combo->findData(v.code);
            if (index < 0 && !v.code.isEmpty()) { // a value outside the list (an account not active …)
                combo->addItem(v.code, v.code);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(index);
        } else {
            combo->setCurrentIndex(-1);
            combo->setPlaceholderText(tr("— choose —"));
        }
        connect(combo, &QComboBox::activated, this,
                [this, row, combo] { choose(row, combo->currentData().toString()); });
        m_table->setCellWidget(row, 4, combo);
        QString how;
        switch (v.resolution) {
        case io::Resolution::Exact:
            how = tr("recognised");
            break;
        case io::Resolution::Rule:
            how = tr("saved choice");
            break;
        case io::Resolution::From2019:
            how = tr("SKL 2019 → SKR 2024");
            break;
        case io::Resolution::NeedsChoice:
            how = tr("choose: 2019 value with several 2024 values");
            break;
        case io::Resolution::Unknown:
        case io::Resolution::Empty:
            how = tr("choose: not recognised");
            break;
        }
        auto* howItem = item(v.note.isEmpty() ? how : how + QStringLiteral(" — ") + v.note);
        if (!decided)
            howItem->setForeground(QColor(0xa0, 0x00, 0x00));
        m_table->setItem(row, 5, howItem);
    }
    m_table->resizeColumnsToContents();
    // The choice is what matters: long source texts are cut (their tooltip has them whole).
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 190));
    m_table->setColumnWidth(2, std::min(m_table->columnWidth(2), 210));
    m_table->setColumnWidth(4, 290);
    updateSummary();
}

int ImportValuesPage::rowOf(const QString& target, const QString& malgrupp, const QString& value) const
{
    const QList<io::ValueItem>& items = m_state.analysis.items;
    for (int row = 0; row < items.size(); ++row) {
        if (items[row].target == target && items[row].malgrupp == malgrupp &&
            catalog::normaliseLabel(items[row].value) == catalog::normaliseLabel(value))
            return row;
    }
    return -1;
}

QComboBox* ImportValuesPage::choiceAt(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, 4));
}

void ImportValuesPage::choose(int row, const QString& code)
{
    io::ValueItem& v = m_state.analysis.items[row];
    m_state.mapping.setValue(v.sourceColumn, v.malgrupp, v.value, code);
    v.resolution = io::Resolution::Rule;
    v.code = code;
    if (QTableWidgetItem* how = m_table->item(row, 5)) {
        how->setText(tr("your choice"));
        how->setForeground(palette().brush(QPalette::Active, QPalette::Text));
    }
    updateSummary();
}

int ImportValuesPage::undecided() const
{
    int n = 0;
    for (const io::ValueItem& v : m_state.analysis.items)
        n += (v.resolution == io::Resolution::NeedsChoice || v.resolution == io::Resolution::Unknown) ? 1 : 0;
    return n;
}

void ImportValuesPage::updateSummary()
{
    const int open = undecided();
    m_summary->setText(
        open == 0 ? tr("Every value is decided.")
                  : tr("%n value(s) still to choose; rows with them are errors in the preview.", nullptr, open));
}

// --- dates ---------------------------------------------------------------------------------------

ImportDatesPage::ImportDatesPage(ImportWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("importDatesPage"));
    setTitle(tr("How are the dates written?"));
    setSubTitle(tr("The format of each date column, as detected from its values. Confirm it or choose another; a "
                   "date that does not fit is an error in the preview."));
    m_table = makeTable({tr("Column in the file"), tr("Följa variable"), tr("Format"), tr("Example"), tr("Read as")},
                        this, QStringLiteral("importDatesTable"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
}

void ImportDatesPage::initializePage()
{
    QList<const io::ColumnRule*> dates;
    for (const io::ColumnRule& c : std::as_const(m_state.mapping.columns)) {
        const io::Target* t = c.target.isEmpty() ? nullptr : io::importTarget(*m_state.catalog, c.target);
        if (t && t->kind == io::TargetKind::Date && m_state.table->header().contains(c.source))
            dates.append(&c);
    }
    // An example per column from the data.
    QHash<QString, QString> example;
    if (m_state.table->rewind()) {
        io::CsvRecord r;
        for (int n = 0; n < 500 && example.size() < dates.size(); ++n) {
            auto more = m_state.table->next(r);
            if (!more || !*more)
                break;
            for (const io::ColumnRule* c : std::as_const(dates)) {
                const QString cell = r.fields.value(m_state.table->header().indexOf(c->source)).trimmed();
                if (!cell.isEmpty() && !example.contains(c->source))
                    example.insert(c->source, cell);
            }
        }
        (void)m_state.table->rewind();
    }
    m_table->clearContents();
    m_table->setRowCount(int(dates.size()));
    for (int row = 0; row < dates.size(); ++row) {
        const io::ColumnRule& c = *dates[row];
        io::DateFormat format = c.dateFormat;
        if (format == io::DateFormat::Auto)
            format = m_state.analysis.detectedDates.value(c.source, io::DateFormat::Auto);
        m_table->setItem(row, 0, item(c.source));
        m_table->setItem(row, 1, item(io::importTarget(*m_state.catalog, c.target)->label));
        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("dateFormatCombo_%1").arg(row));
        for (io::DateFormat f : {io::DateFormat::Iso, io::DateFormat::Compact, io::DateFormat::DayMonthYear,
                                 io::DateFormat::ExcelSerial, io::DateFormat::Auto})
            combo->addItem(io::dateFormatLabel(f), io::dateFormatCode(f));
        combo->setCurrentIndex(combo->findData(io::dateFormatCode(format)));
        m_table->setCellWidget(row, 2, combo);
        const QString ex = example.value(c.source);
        m_table->setItem(row, 3, item(ex));
        auto update = [this, row, combo, ex] {
            const auto f = io::dateFormatFromCode(combo->currentData().toString()).value_or(io::DateFormat::Auto);
            const QDate d = io::parseDate(ex, f);
            m_table->setItem(
                row, 4,
                item(d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : tr("does not fit this format")));
        };
        update();
        connect(combo, &QComboBox::activated, this, update);
    }
    m_table->resizeColumnsToContents();
}

bool ImportDatesPage::validatePage()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, 2));
        if (io::ColumnRule* rule = m_state.mapping.forSource(m_table->item(row, 0)->text()))
            rule->dateFormat = io::dateFormatFromCode(combo->currentData().toString()).value_or(io::DateFormat::Auto);
    }
    return true;
}

// --- preview -------------------------------------------------------------------------------------

ImportPreviewPage::ImportPreviewPage(ImportWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows as Följa will store them, and every problem of the whole file. Errors (fel) stop "
                   "the import; warnings (varningar) do not."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importPreviewSummary"));
    m_summary->setWordWrap(true);
    m_rows = makeTable({}, this, QStringLiteral("importPreviewRows"));
    m_problems = makeTable({tr("Level"), tr("Column"), tr("Count"), tr("Rows"), tr("Values"), tr("Problem")}, this,
                           QStringLiteral("importProblemsTable"));
    m_problems->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_problems->setWordWrap(true);
    m_export = new QPushButton(tr("Export problems as CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportProblemsButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_rows, 1);
    layout->addWidget(new QLabel(tr("Problems:"), this));
    layout->addWidget(m_problems, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export problems"), tr("importproblem.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty() && !exportProblems(path))
            m_summary->setText(tr("The problems could not be written to %1.").arg(QFileInfo(path).fileName()));
    });
}

ImportPreviewPage::~ImportPreviewPage()
{
    m_work.waitForFinished();
}

void ImportPreviewPage::initializePage()
{
    m_ok = false;
    m_checking = true;
    m_export->setEnabled(false);
    m_summary->setText(tr("Checking every row…"));
    m_rows->clear();
    m_problems->setRowCount(0);
    emit completeChanged();
    wizard()->button(QWizard::BackButton)->setEnabled(false);

    // The first rows (no session needed) here; the whole file's check as a dry run on a worker.
    io::MappingEngine engine(*m_state.catalog, m_state.mapping, m_state.accounts);
    auto preview = engine.preview(*m_state.table, kPreviewRows);
    if (preview && !preview->isEmpty()) {
        const QStringList header = preview->first();
        m_rows->setColumnCount(int(header.size()));
        QStringList labels;
        for (const QString& column : header) {
            const io::Target* t = io::importTarget(*m_state.catalog, column);
            labels.append(t ? t->label : column);
        }
        m_rows->setHorizontalHeaderLabels(labels);
        m_rows->setRowCount(int(preview->size() - 1));
        for (int r = 1; r < preview->size(); ++r) {
            for (int c = 0; c < header.size(); ++c) {
                const QString value = preview->at(r).value(c);
                const bool personal = header[c] == QLatin1String("person_id");
                m_rows->setItem(r - 1, c,
                                item(personal ? QStringLiteral("••••••••-••••")
                                              : displayValue(*m_state.catalog, header[c], value)));
            }
        }
        m_rows->resizeColumnsToContents();
    }

    auto result = std::make_shared<Result<io::MappedImportResult>>(makeError(ErrorCode::Internal, QString()));
    auto mapping = m_state.mapping;
    const catalog::Catalog* catalog = m_state.catalog;
    io::TableSource* table = m_state.table.get();
    access::Session* session = m_state.session;
    const QSet<QString> accounts = m_state.accounts;
    const QString source = QFileInfo(m_state.path).fileName();
    m_work = SessionLease::run(
        *session, this,
        [=] {
            io::MappingEngine worker(*catalog, mapping, accounts);
            *result = worker.run(*session, *table, source, true);
        },
        [this, result] {
            m_checking = false;
            wizard()->button(QWizard::BackButton)->setEnabled(true);
            if (!*result) {
                m_summary->setText(result->error().message);
                m_result = {};
            } else {
                m_result = std::move(*result).value();
                showResult();
            }
            emit completeChanged();
            emit checked();
        });
}

void ImportPreviewPage::showResult()
{
    const io::ImportResult& r = m_result.import;
    m_ok = r.ok();
    const QString counts = tr("%n row(s)", nullptr, r.rows) + QStringLiteral(", ") +
                           tr("%n ärende(n)", nullptr, r.arenden) + QStringLiteral(", ") +
                           tr("%n insats(er)", nullptr, r.insatser);
    m_summary->setText(
        m_ok ? tr("%1. No errors, %n warning(s): the file can be imported.", nullptr, m_result.warningCount())
                   .arg(counts)
             : tr("%1. %n error(s): fix them (here or in the source file) before importing.", nullptr,
                  m_result.errorCount())
                   .arg(counts));
    m_summary->setStyleSheet(m_ok ? QString() : QStringLiteral("color: #a00000;"));
    m_problems->setRowCount(int(m_result.problems.size()));
    for (int row = 0; row < m_result.problems.size(); ++row) {
        const io::ProblemGroup& g = m_result.problems[row];
        auto* level = item(g.severity == io::Severity::Error ? tr("fel") : tr("varning"));
        if (g.severity == io::Severity::Error)
            level->setForeground(QColor(0xa0, 0x00, 0x00));
        m_problems->setItem(row, 0, level);
        m_problems->setItem(row, 1,
                            item(g.sourceColumn.isEmpty() || g.sourceColumn == g.column
                                     ? g.column
                                     : QStringLiteral("%1 (%2)").arg(g.column, g.sourceColumn)));
        m_problems->setItem(row, 2, item(QString::number(g.count)));
        m_problems->setItem(row, 3, item(rowsText(g.rows, g.count)));
        m_problems->setItem(
            row, 4, item(g.column == QLatin1String("person_id") ? QString() : g.values.join(QLatin1String(" | "))));
        m_problems->setItem(row, 5, item(g.message));
    }
    m_problems->resizeColumnsToContents();
    // The message (last, stretched) must be readable: the other columns give way, rows grow.
    m_problems->setColumnWidth(1, std::min(m_problems->columnWidth(1), 210));
    m_problems->setColumnWidth(3, std::min(m_problems->columnWidth(3), 140));
    m_problems->setColumnWidth(4, std::min(m_problems->columnWidth(4), 180));
    m_problems->resizeRowsToContents();
    m_export->setEnabled(!m_result.problems.isEmpty());
}

bool ImportPreviewPage::exportProblems(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(io::problemsCsv(m_result.problems)) >= 0 && f.flush();
}

bool ImportPreviewPage::isComplete() const
{
    return !m_checking && m_ok;
}

void ImportPreviewPage::cleanupPage()
{
    m_work.waitForFinished();
}

// --- import --------------------------------------------------------------------------------------

ImportRunPage::ImportRunPage(ImportWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Import"));
    setSubTitle(tr("All or nothing: either every row is imported, or nothing changes. Ärenden already in Följa are "
                   "updated by their ärende-id. The import is recorded in the audit log."));
    m_save = new QCheckBox(tr("Save the mapping for next time as:"), this);
    m_save->setObjectName(QStringLiteral("saveMappingBox"));
    m_save->setChecked(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("mappingNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Treserva-uttag"));
    m_import = new QPushButton(tr("Import"), this);
    m_import->setObjectName(QStringLiteral("startImportButton"));
    m_cancel = new QPushButton(tr("Cancel import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResultLabel"));
    m_result->setWordWrap(true);
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_save);
    nameRow->addWidget(m_name, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(nameRow);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch(1);
    connect(m_import, &QPushButton::clicked, this, &ImportRunPage::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancelImport);
    connect(m_save, &QCheckBox::toggled, m_name, &QWidget::setEnabled);
}

ImportRunPage::~ImportRunPage()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_work.waitForFinished();
}

void ImportRunPage::initializePage()
{
    m_name->setText(m_state.mappingName);
    m_progress->setValue(0);
    m_result->clear();
    m_import->setEnabled(true);
}

bool ImportRunPage::isComplete() const
{
    return m_state.imported && !m_running;
}

void ImportRunPage::startImport()
{
    if (m_running || m_state.imported)
        return;
    if (m_save->isChecked()) {
        auto name = access::ImportMappings::checkName(m_name->text());
        if (!name) {
            m_result->setText(name.error().message);
            return;
        }
    }
    m_running = true;
    m_import->setEnabled(false);
    m_cancel->setEnabled(true);
    m_save->setEnabled(false);
    m_name->setEnabled(false);
    wizard()->button(QWizard::BackButton)->setEnabled(false);
    wizard()->button(QWizard::CancelButton)->setEnabled(false);
    m_result->setText(tr("Importing…"));
    m_progress->setValue(0);
    emit completeChanged();

    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancelFlag;
    auto result = std::make_shared<Result<io::MappedImportResult>>(makeError(ErrorCode::Internal, QString()));
    auto mapping = m_state.mapping;
    const catalog::Catalog* catalog = m_state.catalog;
    io::TableSource* table = m_state.table.get();
    access::Session* session = m_state.session;
    const QSet<QString> accounts = m_state.accounts;
    const QString source = QFileInfo(m_state.path).fileName();
    QPointer<QProgressBar> bar = m_progress;
    m_work = SessionLease::run(
        *session, this,
        [=] {
            io::MappingProgress progress;
            progress.cancel = cancel.get();
            progress.progress = [bar](double done) {
                // Reading is most of the work; writing follows in one transaction.
                const int percent = int(done * 90);
                QMetaObject::invokeMethod(
                    bar,
                    [bar, percent] {
                        if (bar)
                            bar->setValue(percent);
                    },
                    Qt::QueuedConnection);
            };
            io::MappingEngine worker(*catalog, mapping, accounts);
            *result = worker.run(*session, *table, source, false, progress);
        },
        [this, result] {
            m_running = false;
            m_cancel->setEnabled(false);
            wizard()->button(QWizard::CancelButton)->setEnabled(true);
            bool imported = false;
            if (!*result) {
                m_result->setText(result->error().message);
            } else if ((*result)->cancelled) {
                m_result->setText(tr("The import was cancelled; nothing was changed."));
            } else if (!(*result)->import.ok()) {
                m_result->setText(tr("Nothing was imported: %n error(s). Go back to the preview to see them.", nullptr,
                                     (*result)->errorCount()));
            } else {
                imported = true;
                const io::ImportResult& r = (*result)->import;
                m_progress->setValue(100);
                QString text = tr("Imported: %1 new, %2 updated, %3 unchanged ärenden.")
                                   .arg(r.outcome.created)
                                   .arg(r.outcome.updated)
                                   .arg(r.outcome.unchanged);
                if (m_save->isChecked()) {
                    auto saved =
                        access::ImportMappings(*m_state.session).save(m_name->text(), m_state.mapping.toJson());
                    text += QLatin1Char(' ') +
                            (saved ? tr("The mapping is saved as \"%1\".").arg(saved->name)
                                   : tr("The mapping could not be saved: %1").arg(saved.error().message));
                }
                m_result->setText(text);
            }
            m_state.imported = imported;
            if (!imported) {
                m_import->setEnabled(true);
                m_save->setEnabled(true);
                m_name->setEnabled(m_save->isChecked());
                wizard()->button(QWizard::BackButton)->setEnabled(true);
            }
            emit completeChanged();
            emit finishedImport(imported);
        });
}

void ImportRunPage::cancelImport()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_cancel->setEnabled(false);
    m_result->setText(tr("Cancelling…"));
}

} // namespace folja::ui
