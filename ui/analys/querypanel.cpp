#include "analys/querypanel.h"

#include "analys/filtereditor.h"
#include "catalog/catalog.h"
#include "widgets/datefield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace folja::ui {

using analysis::EventKind;
using analysis::MaluppfyllelseAt;
using analysis::TimeMeaning;
using analysis::Unit;

QueryPanel::QueryPanel(const catalog::Catalog& catalog, bool mayUseInternAnalys, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_choices(catalog)
{
    setObjectName(QStringLiteral("queryPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // --- the table ---------------------------------------------------------------------------
    auto* tableBox = new QGroupBox(tr("Table"), this);
    auto* tableForm = new QFormLayout(tableBox);
    tableForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto makeCombo = [&](const QString& name, const QString& none) {
        auto* combo = new QComboBox(tableBox);
        combo->setObjectName(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        combo->setMaxVisibleItems(24);
        m_choices.fill(*combo, none);
        connect(combo, &QComboBox::currentIndexChanged, this, &QueryPanel::emitChanged);
        return combo;
    };
    m_rows = makeCombo(QStringLiteral("rowsCombo"), {});
    m_columns = makeCombo(QStringLiteral("columnsCombo"), tr("(none)"));
    m_layers = makeCombo(QStringLiteral("layersCombo"), tr("(none)"));
    auto* swap = new QToolButton(tableBox);
    swap->setObjectName(QStringLiteral("swapButton"));
    swap->setText(QStringLiteral("⇅"));
    swap->setToolTip(tr("Swap rows and columns"));
    auto* rowsLine = new QHBoxLayout;
    rowsLine->addWidget(m_rows, 1);
    rowsLine->addWidget(swap);
    tableForm->addRow(tr("Rows"), rowsLine);
    tableForm->addRow(tr("Columns"), m_columns);
    tableForm->addRow(tr("Layers"), m_layers);
    m_unit = new QComboBox(tableBox);
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_unit->addItem(tr("Insatser"), analysis::unitCode(Unit::Insats));
    m_unit->addItem(tr("Ärenden"), analysis::unitCode(Unit::Arende));
    m_unit->addItem(tr("Persons"), analysis::unitCode(Unit::Person));
    m_unit->addItem(tr("Uppföljningar"), analysis::unitCode(Unit::Uppfoljning));
    m_unit->setToolTip(tr("What one counted record is"));
    tableForm->addRow(tr("Count"), m_unit);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &QueryPanel::emitChanged);
    connect(swap, &QToolButton::clicked, this, [this] {
        const QString rows = m_rows->currentData().toString();
        const QString columns = m_columns->currentData().toString();
        if (columns.isEmpty())
            return;
        m_loading = true;
        VariableChoices::select(*m_rows, columns);
        VariableChoices::select(*m_columns, rows);
        m_loading = false;
        emitChanged();
    });
    layout->addWidget(tableBox);

    // --- the period ----------------------------------------------------------------------------
    auto* periodBox = new QGroupBox(tr("Period"), this);
    auto* periodForm = new QFormLayout(periodBox);
    m_meaning = new QComboBox(periodBox);
    m_meaning->setObjectName(QStringLiteral("periodMeaningCombo"));
    m_meaning->addItem(tr("Events in the period"), analysis::timeMeaningCode(TimeMeaning::Events));
    m_meaning->addItem(tr("Ongoing at some time in the period"), analysis::timeMeaningCode(TimeMeaning::ActiveDuring));
    m_meaning->addItem(tr("Status on a date"), analysis::timeMeaningCode(TimeMeaning::StatusOn));
    m_event = new QComboBox(periodBox);
    m_event->setObjectName(QStringLiteral("eventCombo"));
    m_event->addItem(tr("Automatic (by what is counted)"), analysis::eventKindCode(EventKind::Auto));
    m_event->addItem(tr("Aktualisering"), analysis::eventKindCode(EventKind::Aktualisering));
    m_event->addItem(tr("Beslut"), analysis::eventKindCode(EventKind::Beslut));
    m_event->addItem(tr("Verkställande"), analysis::eventKindCode(EventKind::Verkstallande));
    m_event->addItem(tr("Avslut"), analysis::eventKindCode(EventKind::Avslut));
    m_event->addItem(tr("Uppföljning"), analysis::eventKindCode(EventKind::Uppfoljning));
    m_event->setToolTip(tr("Which event has to fall in the period"));
    m_from = new DateField(periodBox);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to = new DateField(periodBox);
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_fromLabel = new QLabel(tr("From"), periodBox);
    m_toLabel = new QLabel(tr("To"), periodBox);
    periodForm->addRow(tr("Meaning"), m_meaning);
    periodForm->addRow(tr("Event"), m_event);
    periodForm->addRow(m_fromLabel, m_from);
    periodForm->addRow(m_toLabel, m_to);
    m_maluppfyllelseAt = new QComboBox(periodBox);
    m_maluppfyllelseAt->setObjectName(QStringLiteral("maluppfyllelseAtCombo"));
    m_maluppfyllelseAt->addItem(tr("Latest uppföljning in the period"),
                                static_cast<int>(MaluppfyllelseAt::LatestInPeriod));
    m_maluppfyllelseAt->addItem(tr("Last uppföljning at avslut"), static_cast<int>(MaluppfyllelseAt::AtAvslut));
    m_maluppfyllelseAt->setToolTip(tr("Which uppföljning answers for an insats (måluppfyllelse, SIP, brukarfrågor)"));
    periodForm->addRow(tr("Uppföljning"), m_maluppfyllelseAt);
    // Issue 11 / PRIVACY-AND-STORAGE §3.3 step 5: the engine refuses other windows in publicering.
    // Only under suppression (setProtection); hidden until the workspace says which method applies.
    m_publicationNote =
        new QLabel(tr("Tables for publication cover whole months (from the first to the last day of a month) and use "
                      "the standard or the administrator's preset age bands, so that two tables cannot be compared "
                      "day by day. Internal analysis may use any dates."),
                   periodBox);
    m_publicationNote->setObjectName(QStringLiteral("publicationWindowNote"));
    m_publicationNote->setWordWrap(true);
    m_publicationNote->setVisible(false);
    periodForm->addRow(m_publicationNote);
    for (QComboBox* c : {m_meaning, m_event, m_maluppfyllelseAt})
        connect(c, &QComboBox::currentIndexChanged, this, &QueryPanel::emitChanged);
    connect(m_meaning, &QComboBox::currentIndexChanged, this, &QueryPanel::updatePeriodFields);
    connect(m_from, &DateField::textChanged, this, &QueryPanel::emitChanged);
    connect(m_to, &DateField::textChanged, this, &QueryPanel::emitChanged);
    layout->addWidget(periodBox);

    // --- the selection -------------------------------------------------------------------------
    auto* selectionBox = new QGroupBox(tr("Selection"), this);
    auto* selectionLayout = new QVBoxLayout(selectionBox);
    m_filters = new FilterEditor(catalog, selectionBox);
    selectionLayout->addWidget(m_filters);
    auto* bandsLine = new QHBoxLayout;
    bandsLine->addWidget(new QLabel(tr("Age bands"), selectionBox));
    m_ageBands = new QLineEdit(identity::AgeBands::defaultSpec(), selectionBox);
    m_ageBands->setObjectName(QStringLiteral("ageBandsEdit"));
    m_ageBands->setToolTip(tr("Age groups as from-to, separated by commas, e.g. 0-13,14-21,22-64,65-79,80-. "
                              "Age is counted on the first day of the period."));
    bandsLine->addWidget(m_ageBands, 1);
    selectionLayout->addLayout(bandsLine);
    connect(m_filters, &FilterEditor::changed, this, &QueryPanel::emitChanged);
    connect(m_ageBands, &QLineEdit::textChanged, this, [this] {
        if (auto bands = identity::AgeBands::parse(m_ageBands->text()))
            m_filters->setAgeBands(bands.value());
        emitChanged();
    });
    layout->addWidget(selectionBox);

    // --- what a cell shows ---------------------------------------------------------------------
    auto* showBox = new QGroupBox(tr("Show"), this);
    auto* showLayout = new QVBoxLayout(showBox);
    m_show = new QComboBox(showBox);
    m_show->setObjectName(QStringLiteral("showCombo"));
    m_show->addItem(tr("Counts (n)"), static_cast<int>(CellShow::Count));
    m_show->addItem(tr("Row percent"), static_cast<int>(CellShow::RowPercent));
    m_show->addItem(tr("Column percent"), static_cast<int>(CellShow::ColumnPercent));
    m_show->addItem(tr("Percent of total"), static_cast<int>(CellShow::TotalPercent));
    m_intervals = new QCheckBox(tr("95 % intervals"), showBox);
    m_intervals->setObjectName(QStringLiteral("intervalsCheck"));
    m_empty = new QCheckBox(tr("Categories without records"), showBox);
    m_empty->setObjectName(QStringLiteral("emptyCategoriesCheck"));
    showLayout->addWidget(m_show);
    showLayout->addWidget(m_intervals);
    showLayout->addWidget(m_empty);
    connect(m_show, &QComboBox::currentIndexChanged, this, &QueryPanel::displayChanged);
    connect(m_intervals, &QCheckBox::toggled, this, &QueryPanel::displayChanged);
    connect(m_empty, &QCheckBox::toggled, this, &QueryPanel::emitChanged);
    if (mayUseInternAnalys) {
        m_intern = new QCheckBox(tr("Internal analysis (not for publication)"), showBox);
        m_intern->setObjectName(QStringLiteral("internAnalysCheck"));
        m_intern->setToolTip(tr("Shows small values on screen only. Logged. Nothing can be exported."));
        showLayout->addWidget(m_intern);
        connect(m_intern, &QCheckBox::toggled, this, &QueryPanel::internAnalysToggled);
    }
    layout->addWidget(showBox);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("queryProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #8a1c00;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addStretch(1);

    VariableChoices::select(*m_rows, QStringLiteral("kon"));
    updatePeriodFields();
}

void QueryPanel::updatePeriodFields()
{
    const bool status = m_meaning->currentData().toString() == analysis::timeMeaningCode(TimeMeaning::StatusOn);
    const bool events = m_meaning->currentData().toString() == analysis::timeMeaningCode(TimeMeaning::Events);
    m_from->setVisible(!status);
    m_fromLabel->setVisible(!status);
    m_toLabel->setText(status ? tr("Date") : tr("To"));
    m_event->setEnabled(events);
}

void QueryPanel::emitChanged()
{
    if (m_loading)
        return;
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_ageBands->setStyleSheet(identity::AgeBands::parse(m_ageBands->text()).ok()
                                  ? QString()
                                  : QStringLiteral("QLineEdit { border: 1px solid #c4421a; }"));
    emit queryChanged();
}

QString QueryPanel::problem() const
{
    if (!m_from->isAcceptable())
        return tr("The period's start is not a date (YYYY-MM-DD).");
    if (!m_to->isAcceptable())
        return tr("The period's end is not a date (YYYY-MM-DD).");
    const bool status = m_meaning->currentData().toString() == analysis::timeMeaningCode(TimeMeaning::StatusOn);
    if (!status && m_from->date().isValid() && m_to->date().isValid() && m_from->date() > m_to->date())
        return tr("The period starts after it ends.");
    if (status && !m_to->date().isValid())
        return tr("Status on a date needs the date.");
    if (auto bands = identity::AgeBands::parse(m_ageBands->text()); !bands)
        return tr("Age bands: %1").arg(bands.error().message);
    QStringList dims;
    for (const QComboBox* c : {m_rows, m_columns, m_layers}) {
        const QString d = c->currentData().toString();
        if (d.isEmpty())
            continue;
        if (dims.contains(d))
            return tr("The same variable is chosen twice.");
        dims.append(d);
    }
    if (!m_layers->currentData().toString().isEmpty() && m_columns->currentData().toString().isEmpty())
        return tr("Choose columns before layers.");
    return {};
}

analysis::Query QueryPanel::query() const
{
    analysis::Query q;
    q.unit = analysis::unitFromCode(m_unit->currentData().toString()).value_or(Unit::Insats);
    for (const QComboBox* c : {m_rows, m_columns, m_layers}) {
        const QString d = c->currentData().toString();
        if (!d.isEmpty())
            q.dimensions.append(d);
    }
    q.period.meaning = analysis::timeMeaningFromCode(m_meaning->currentData().toString()).value_or(TimeMeaning::Events);
    q.period.event = analysis::eventKindFromCode(m_event->currentData().toString()).value_or(EventKind::Auto);
    if (q.period.meaning == TimeMeaning::StatusOn) {
        q.period.from = m_to->date();
        q.period.to = m_to->date();
    } else {
        q.period.from = m_from->date();
        q.period.to = m_to->date();
    }
    if (q.period.meaning != TimeMeaning::Events)
        q.period.event = EventKind::Auto;
    q.filters = m_filters->filters();
    if (auto bands = identity::AgeBands::parse(m_ageBands->text()))
        q.ageBands = bands.value();
    q.maluppfyllelseAt = static_cast<MaluppfyllelseAt>(m_maluppfyllelseAt->currentData().toInt());
    q.includeEmptyCategories = m_empty->isChecked();
    q.mode = analysis::Mode::Publicering;
    return q;
}

void QueryPanel::setQuery(const analysis::Query& q)
{
    m_loading = true;
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(analysis::unitCode(q.unit))));
    QComboBox* combos[] = {m_rows, m_columns, m_layers};
    for (int i = 0; i < 3; ++i)
        VariableChoices::select(*combos[i], i < q.dimensions.size() ? q.dimensions.at(i) : QString());
    m_meaning->setCurrentIndex(std::max(0, m_meaning->findData(analysis::timeMeaningCode(q.period.meaning))));
    m_event->setCurrentIndex(std::max(0, m_event->findData(analysis::eventKindCode(q.period.event))));
    if (q.period.meaning == TimeMeaning::StatusOn) {
        m_from->setDate({});
        m_to->setDate(q.period.to.isValid() ? q.period.to : q.period.from);
    } else {
        m_from->setDate(q.period.from);
        m_to->setDate(q.period.to);
    }
    m_ageBands->setText(q.ageBands.spec());
    m_filters->setAgeBands(q.ageBands);
    m_filters->setFilters(q.filters);
    m_maluppfyllelseAt->setCurrentIndex(
        std::max(0, m_maluppfyllelseAt->findData(static_cast<int>(q.maluppfyllelseAt))));
    m_empty->setChecked(q.includeEmptyCategories);
    updatePeriodFields();
    m_loading = false;
    emitChanged();
}

CellShow QueryPanel::show() const
{
    return static_cast<CellShow>(m_show->currentData().toInt());
}

bool QueryPanel::intervals() const
{
    return m_intervals->isChecked();
}

void QueryPanel::setProtection(analysis::ProtectionMethod protection)
{
    m_publicationNote->setVisible(protection == analysis::ProtectionMethod::Suppression);
}

void QueryPanel::setInternAnalys(bool on)
{
    if (!m_intern)
        return;
    const QSignalBlocker block(m_intern);
    m_intern->setChecked(on);
}

bool QueryPanel::internAnalysRequested() const
{
    return m_intern && m_intern->isChecked();
}

} // namespace folja::ui
