#include "admin/settingswidget.h"

#include "access/arendeservice.h"
#include "access/gallringpreview.h"
#include "access/session.h"
#include "access/settings.h"
#include "admin/adminfeedback.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace folja::ui {

namespace {

QSpinBox* makeSpin(const QString& name, const QString& accessible, int min, int max, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setAccessibleName(accessible);
    spin->setRange(min, max);
    return spin;
}

QPushButton* makeSave(const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(SettingsWidget::tr("Save"), parent);
    button->setObjectName(name);
    return button;
}

QWidget* row(QSpinBox* spin, QPushButton* save, QWidget* parent)
{
    auto* w = new QWidget(parent);
    auto* layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(spin);
    layout->addWidget(save);
    layout->addStretch(1);
    return w;
}

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

SettingsWidget::SettingsWidget(access::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("settingsWidget"));
    auto* layout = new QVBoxLayout(this);

    auto* security = new QGroupBox(tr("Idle lock"), this);
    auto* securityForm = new QFormLayout(security);
    m_idle = makeSpin(QStringLiteral("idleLockSpinBox"), tr("Minutes before the idle lock"), access::Settings::kIdleMin,
                      access::Settings::kIdleMax, security);
    m_idle->setSuffix(tr(" min"));
    auto* saveIdle = makeSave(QStringLiteral("saveIdleLockButton"), security);
    securityForm->addRow(note(tr("Följa locks itself after this many minutes without use; only the password opens "
                                 "it again."),
                              security));
    securityForm->addRow(tr("&Lock after:"), row(m_idle, saveIdle, security));
    layout->addWidget(security);

    auto* statistics = new QGroupBox(tr("Small cells in statistics"), this);
    auto* statisticsForm = new QFormLayout(statistics);
    m_minCell = makeSpin(QStringLiteral("minCellSpinBox"), tr("Smallest published cell"), access::Settings::kMinCellMin,
                         access::Settings::kMinCellMax, statistics);
    auto* saveMinCell = makeSave(QStringLiteral("saveMinCellButton"), statistics);
    statisticsForm->addRow(note(tr("Published tables hide counts from 1 up to this value minus one, so that no "
                                   "person can be recognised (3–10; 5 is the usual choice)."),
                                statistics));
    statisticsForm->addRow(tr("Smallest &cell (k):"), row(m_minCell, saveMinCell, statistics));
    m_protection = new QComboBox(statistics);
    m_protection->setObjectName(QStringLiteral("protectionComboBox"));
    m_protection->setAccessibleName(tr("Protection method of published tables"));
    m_protection->addItem(tr("Cell Key Method: small random changes"),
                          analysis::protectionMethodCode(analysis::ProtectionMethod::CellKey));
    m_protection->addItem(tr("Suppression: small values hidden"),
                          analysis::protectionMethodCode(analysis::ProtectionMethod::Suppression));
    auto* saveProtection = new QPushButton(tr("Save"), statistics);
    saveProtection->setObjectName(QStringLiteral("saveProtectionButton"));
    auto* protectionRow = new QWidget(statistics);
    auto* protectionLayout = new QHBoxLayout(protectionRow);
    protectionLayout->setContentsMargins(0, 0, 0, 0);
    protectionLayout->addWidget(m_protection);
    protectionLayout->addWidget(saveProtection);
    protectionLayout->addStretch(1);
    statisticsForm->addRow(note(tr("The Cell Key Method changes every published count, totals included, by at most "
                                   "±2 at random, the same way wherever the same records are counted, so that "
                                   "comparing two tables reveals nothing about a single person; small counts are shown "
                                   "as \"..\". Suppression hides small counts and the "
                                   "counts they could be derived from instead, but cannot stop tables for "
                                   "different periods from being compared."),
                                statistics));
    statisticsForm->addRow(tr("&Protection method:"), protectionRow);
    layout->addWidget(statistics);

    auto* gallring = new QGroupBox(tr("Gallring"), this);
    auto* gallringForm = new QFormLayout(gallring);
    m_gallringYears = makeSpin(QStringLiteral("gallringYearsSpinBox"), tr("Years before gallring"),
                               access::Settings::kGallringMin, access::Settings::kGallringMax, gallring);
    m_gallringYears->setSuffix(tr(" years"));
    auto* saveYears = makeSave(QStringLiteral("saveGallringYearsButton"), gallring);
    gallringForm->addRow(note(tr("Closed cases are removed for good this many years after they were closed. Open "
                                 "cases are never removed."),
                              gallring));
    gallringForm->addRow(tr("Remove &after:"), row(m_gallringYears, saveYears, gallring));
    m_preview = new QLabel(gallring);
    m_preview->setObjectName(QStringLiteral("gallringPreviewLabel"));
    m_preview->setWordWrap(true);
    m_gallra = new QPushButton(tr("Run &gallring now…"), gallring);
    m_gallra->setObjectName(QStringLiteral("gallraButton"));
    auto* gallraRow = new QWidget(gallring);
    auto* gallraLayout = new QHBoxLayout(gallraRow);
    gallraLayout->setContentsMargins(0, 0, 0, 0);
    gallraLayout->addWidget(m_preview, 1);
    gallraLayout->addWidget(m_gallra);
    gallringForm->addRow(gallraRow);
    layout->addWidget(gallring);

    m_result = new ResultLabel(this);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(saveIdle, &QPushButton::clicked, this, &SettingsWidget::saveIdleLock);
    connect(saveMinCell, &QPushButton::clicked, this, &SettingsWidget::saveMinCell);
    connect(saveProtection, &QPushButton::clicked, this, &SettingsWidget::saveProtectionMethod);
    connect(saveYears, &QPushButton::clicked, this, &SettingsWidget::saveGallringYears);
    connect(m_gallra, &QPushButton::clicked, this, &SettingsWidget::gallraNow);
    reload();
}

void SettingsWidget::setToday(QDate today)
{
    m_today = today;
    updateGallringPreview();
}

QDate SettingsWidget::today() const
{
    return m_today.isValid() ? m_today : m_session.clock().nowUtc().toLocalTime().date();
}

void SettingsWidget::reload()
{
    access::Settings settings(m_session);
    const auto load = [this](QSpinBox* spin, Result<int> value) {
        if (value)
            spin->setValue(*value);
        else
            m_result->showError(value.error());
    };
    load(m_idle, settings.idleLockMinutes());
    load(m_minCell, settings.minCell());
    load(m_gallringYears, settings.gallringYears());
    if (auto method = settings.protectionMethod())
        m_protection->setCurrentIndex(m_protection->findData(analysis::protectionMethodCode(*method)));
    else
        m_result->showError(method.error());
    updateGallringPreview();
}

void SettingsWidget::saveIdleLock()
{
    if (auto done = access::Settings(m_session).setIdleLockMinutes(m_idle->value()); !done) {
        m_result->showError(done.error());
        return;
    }
    m_result->showDone(tr("Följa now locks after %n minute(s) without use.", nullptr, m_idle->value()));
}

void SettingsWidget::saveMinCell()
{
    if (auto done = access::Settings(m_session).setMinCell(m_minCell->value()); !done) {
        m_result->showError(done.error());
        return;
    }
    m_result->showDone(tr("Published tables now hide counts below %1.").arg(m_minCell->value()));
}

void SettingsWidget::saveProtectionMethod()
{
    const auto method = analysis::protectionMethodFromCode(m_protection->currentData().toString())
                            .value_or(analysis::ProtectionMethod::Suppression);
    if (auto done = access::Settings(m_session).setProtectionMethod(method); !done) {
        m_result->showError(done.error());
        return;
    }
    m_result->showDone(method == analysis::ProtectionMethod::CellKey
                           ? tr("Published tables are now protected with the Cell Key Method.")
                           : tr("Published tables are now protected by suppression."));
}

void SettingsWidget::saveGallringYears()
{
    if (auto done = access::Settings(m_session).setGallringYears(m_gallringYears->value()); !done) {
        m_result->showError(done.error());
        return;
    }
    m_result->showDone(tr("Closed cases are now removed %n year(s) after closing.", nullptr, m_gallringYears->value()));
    updateGallringPreview();
}

void SettingsWidget::updateGallringPreview()
{
    auto preview = access::previewGallring(m_session, today());
    if (!preview) {
        m_due = 0;
        m_preview->setText(preview.error().message);
        m_gallra->setEnabled(false);
        return;
    }
    m_due = preview->arenden;
    const QString cutoff = preview->cutoff.toString(Qt::ISODate);
    m_preview->setText(
        m_due == 0 ? tr("No case was closed before %1: nothing to remove.").arg(cutoff)
                   : tr("%n case(s) were closed before %1 and are due for gallring.", nullptr, m_due).arg(cutoff));
    m_gallra->setEnabled(m_due > 0);
}

void SettingsWidget::gallraNow()
{
    updateGallringPreview();
    if (m_due == 0)
        return;
    if (!AdminFeedback::confirm(this, tr("Run gallring now?"),
                                tr("%n closed case(s) with their interventions and follow-ups are removed for good. "
                                   "This cannot be undone.",
                                   nullptr, m_due),
                                tr("Remove for good")))
        return;
    auto removed = access::ArendeService(m_session).gallra(today());
    if (!removed) {
        m_result->showError(removed.error());
        return;
    }
    m_result->showDone(tr("Gallring done: %n case(s) removed.", nullptr, *removed));
    updateGallringPreview();
    emit arendenRemoved(*removed);
}

} // namespace folja::ui
