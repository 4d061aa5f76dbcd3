#include "admin/microdatawidget.h"

#include "access/microdata.h"
#include "admin/adminfeedback.h"
#include "widgets/background.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace folja::ui {

MicrodataWidget::MicrodataWidget(access::Session& session, const catalog::Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("microdataWidget"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(
        tr("Pseudonymised microdata for a regional partner (FoU, RSS) or a researcher: one row per insats, with a "
           "description of every column. The personnummer is replaced by a pseudonym that is the same in every "
           "export to the same recipient and different for every other recipient. Comments, handläggare, enheter "
           "and skyddade personer are never included. Pseudonymised data are still personal data: hand them over "
           "only under an agreement. Every export is logged."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* box = new QGroupBox(tr("Export"), this);
    auto* form = new QFormLayout(box);
    m_recipient = new QLineEdit(box);
    m_recipient->setObjectName(QStringLiteral("microdataRecipientEdit"));
    m_recipient->setPlaceholderText(tr("e.g. FoU Nordost"));
    m_recipient->setMaxLength(64);
    m_recipient->setMaximumWidth(m_recipient->fontMetrics().averageCharWidth() * 48);
    form->addRow(tr("&Recipient:"), m_recipient);

    m_limitPeriod = new QCheckBox(tr("Only ärenden aktualiserade in a period"), box);
    m_limitPeriod->setObjectName(QStringLiteral("microdataPeriodCheckBox"));
    form->addRow(QString(), m_limitPeriod);
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year() - 1, 1, 1), box);
    m_from->setObjectName(QStringLiteral("microdataFromEdit"));
    m_to = new QDateEdit(QDate(today.year() - 1, 12, 31), box);
    m_to->setObjectName(QStringLiteral("microdataToEdit"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto* period = new QWidget(box);
    auto* periodLayout = new QHBoxLayout(period);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    periodLayout->addWidget(m_from);
    periodLayout->addWidget(new QLabel(tr("to"), period));
    periodLayout->addWidget(m_to);
    periodLayout->addStretch(1);
    form->addRow(tr("&Period:"), period);

    m_precision = new QComboBox(box);
    m_precision->setObjectName(QStringLiteral("microdataPrecisionComboBox"));
    m_precision->addItem(tr("Month (recommended)"), QStringLiteral("month"));
    m_precision->addItem(tr("Day"), QStringLiteral("day"));
    form->addRow(tr("&Dates given by:"), m_precision);

    m_folder = new QLineEdit(box);
    m_folder->setObjectName(QStringLiteral("microdataFolderEdit"));
    m_folder->setPlaceholderText(tr("A new or empty folder"));
    auto* browse = new QPushButton(tr("Choose…"), box);
    browse->setObjectName(QStringLiteral("microdataBrowseButton"));
    auto* folderRow = new QWidget(box);
    auto* folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(browse);
    form->addRow(tr("&Folder:"), folderRow);

    m_export = new QPushButton(tr("Export microdata"), box);
    m_export->setObjectName(QStringLiteral("microdataExportButton"));
    auto* exportRow = new QWidget(box);
    auto* exportLayout = new QHBoxLayout(exportRow);
    exportLayout->setContentsMargins(0, 0, 0, 0);
    exportLayout->addWidget(m_export);
    // Moving while the export runs on the worker (no percentage: it is one transaction).
    m_busy = new QProgressBar(exportRow);
    m_busy->setObjectName(QStringLiteral("microdataBusyBar"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    exportLayout->addWidget(m_busy);
    exportLayout->addStretch(1);
    form->addRow(QString(), exportRow);
    layout->addWidget(box);

    m_result = new ResultLabel(this);
    m_result->setObjectName(QStringLiteral("microdataResultLabel"));
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(m_limitPeriod, &QCheckBox::toggled, this, &MicrodataWidget::updateState);
    connect(m_recipient, &QLineEdit::textChanged, this, &MicrodataWidget::updateState);
    connect(m_folder, &QLineEdit::textChanged, this, &MicrodataWidget::updateState);
    connect(browse, &QPushButton::clicked, this, &MicrodataWidget::chooseFolder);
    connect(m_export, &QPushButton::clicked, this, &MicrodataWidget::exportNow);
    updateState();
}

void MicrodataWidget::updateState()
{
    m_from->setEnabled(m_limitPeriod->isChecked());
    m_to->setEnabled(m_limitPeriod->isChecked());
    m_export->setEnabled(!m_exporting && !m_recipient->text().trimmed().isEmpty() &&
                         !m_folder->text().trimmed().isEmpty());
}

void MicrodataWidget::chooseFolder()
{
    // The parent folder is chosen; the export goes into a new sub-folder named after the recipient.
    const QString parent = QFileDialog::getExistingDirectory(this, tr("Where should the microdata folder go?"));
    if (parent.isEmpty())
        return;
    QString name = m_recipient->text().trimmed();
    name.replace(QLatin1Char(' '), QLatin1Char('-'));
    if (name.isEmpty())
        name = QStringLiteral("mikrodata");
    m_folder->setText(QDir::toNativeSeparators(
        QDir(parent).filePath(name + QLatin1Char('-') + QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")))));
}

void MicrodataWidget::exportNow()
{
    if (m_exporting)
        return;
    access::MicrodataRequest request;
    request.recipient = m_recipient->text().trimmed();
    request.outDir = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (m_limitPeriod->isChecked()) {
        request.from = m_from->date();
        request.to = m_to->date();
    }
    request.precision = m_precision->currentData().toString() == QLatin1String("day") ? access::DatePrecision::Day
                                                                                      : access::DatePrecision::Month;
    m_exporting = true;
    m_busy->show();
    m_result->hide();
    updateState();
    auto summary = std::make_shared<std::optional<Result<access::MicrodataSummary>>>();
    access::Session& session = m_session;
    const catalog::Catalog& catalog = m_catalog;
    SessionLease::run(
        m_session, this,
        [summary, &session, &catalog, request] {
            summary->emplace(access::MicrodataExport(session, catalog).run(request));
        },
        [this, summary] { showOutcome(**summary); });
}

void MicrodataWidget::showOutcome(const Result<access::MicrodataSummary>& summary)
{
    m_exporting = false;
    m_busy->hide();
    updateState();
    if (!summary) {
        m_result->showError(summary.error());
        emit finished(false);
        return;
    }
    const QLocale locale;
    QString text = tr("%1 insatser for %2 persons were written to %3.")
                       .arg(locale.toString(summary->rows), locale.toString(summary->persons),
                            QDir::toNativeSeparators(summary->outDir));
    if (summary->skyddadeExcluded > 0)
        text += QLatin1Char(' ') +
                tr("%1 insatser of skyddade personer were left out.").arg(locale.toString(summary->skyddadeExcluded));
    m_result->showDone(text);
    emit finished(true);
}

} // namespace folja::ui
