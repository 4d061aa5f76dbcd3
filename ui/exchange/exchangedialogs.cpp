#include "exchange/exchangedialogs.h"

#include "access/accounts.h"
#include "access/session.h"
#include "widgets/background.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace folja::ui {

class PackageFileRow : public QWidget
{
public:
    PackageFileRow(bool save, QWidget* parent)
        : QWidget(parent)
    {
        auto* row = new QHBoxLayout(this);
        row->setContentsMargins(0, 0, 0, 0);
        m_edit = new QLineEdit(this);
        m_edit->setObjectName(QStringLiteral("exchangeFileEdit"));
        m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 44);
        auto* browse = new QPushButton(SendPackageDialog::tr("&Browse…"), this);
        browse->setObjectName(QStringLiteral("exchangeBrowseButton"));
        row->addWidget(m_edit, 1);
        row->addWidget(browse);
        connect(browse, &QPushButton::clicked, this, [this, save] {
            const QString filter = SendPackageDialog::tr("Följa exchange packages (*.foljapaket);;All files (*)");
            const QString path =
                save ? QFileDialog::getSaveFileName(this, SendPackageDialog::tr("Save exchange package"),
                                                    m_edit->text(), filter)
                     : QFileDialog::getOpenFileName(this, SendPackageDialog::tr("Open exchange package"),
                                                    m_edit->text(), filter);
            if (!path.isEmpty())
                m_edit->setText(save && QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".foljapaket")
                                                                           : path);
        });
    }
    QLineEdit* edit() const { return m_edit; }
    QString path() const { return m_edit->text().trimmed(); }

private:
    QLineEdit* m_edit = nullptr;
};

namespace {

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// The progress bar and the status line under a dialog's form (both hidden until work starts).
void addProgressAndStatus(QVBoxLayout* layout, QWidget* parent, QProgressBar*& progress, QLabel*& status)
{
    progress = new QProgressBar(parent);
    progress->setObjectName(QStringLiteral("exchangeProgressBar"));
    progress->setVisible(false);
    layout->addWidget(progress);
    status = wrapped(QString(), parent);
    status->setObjectName(QStringLiteral("exchangeStatusLabel"));
    status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status->setVisible(false);
    layout->addWidget(status);
    layout->addStretch(1);
}

QLineEdit* passphraseEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 36);
    return edit;
}

// Progress reported by the worker, shown on the GUI thread.
access::ExchangeProgress progressTo(QProgressBar* bar)
{
    QPointer<QProgressBar> target(bar);
    return [target](qint64 done, qint64 total) {
        if (QProgressBar* b = target.data()) {
            QMetaObject::invokeMethod(
                b,
                [target, done, total] {
                    if (target) {
                        target->setMaximum(int(std::max<qint64>(total, 1)));
                        target->setValue(int(std::min(done, total)));
                    }
                },
                Qt::QueuedConnection);
        }
        return true;
    };
}

void showStatus(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    label->setVisible(!text.isEmpty());
}

} // namespace

// --- send ---------------------------------------------------------------------------------------

SendPackageDialog::SendPackageDialog(access::Session& session, const catalog::Catalog& catalog, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("sendPackageDialog"));
    setWindowTitle(tr("Send my cases"));
    setMinimumWidth(640);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(tr("Makes an exchange package of your own ärenden, with their persons, insatser, "
                                 "uppföljningar and comments, for the SU-team's database. The package is one "
                                 "encrypted file: without the transfer passphrase nothing in it can be read. "
                                 "Agree on the passphrase with the receiver in person or by phone, never in the "
                                 "same e-mail as the file."),
                              this));
    auto* form = new QFormLayout;
    m_file = new PackageFileRow(true, this);
    form->addRow(tr("&File:"), m_file);
    m_sinceBox = new QCheckBox(tr("Only ärenden changed since"), this);
    m_sinceBox->setObjectName(QStringLiteral("exchangeSinceCheckBox"));
    m_since = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_since->setObjectName(QStringLiteral("exchangeSinceEdit"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_since->setEnabled(false);
    connect(m_sinceBox, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    auto* sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_sinceBox);
    sinceRow->addWidget(m_since);
    sinceRow->addStretch(1);
    form->addRow(QString(), sinceRow);
    m_passphrase = passphraseEdit(QStringLiteral("exchangePassphraseEdit"), this);
    m_passphrase->setPlaceholderText(tr("at least %1 characters").arg(access::ExchangeService::kMinPassphraseLength));
    form->addRow(tr("Transfer &passphrase:"), m_passphrase);
    m_repeat = passphraseEdit(QStringLiteral("exchangeRepeatEdit"), this);
    form->addRow(tr("&Repeat passphrase:"), m_repeat);
    layout->addLayout(form);
    addProgressAndStatus(layout, this, m_progress, m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_sendButton = m_buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_sendButton->setObjectName(QStringLiteral("exchangeSendButton"));
    m_sendButton->setDefault(true);
    connect(m_sendButton, &QPushButton::clicked, this, &SendPackageDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SendPackageDialog::reject);
    layout->addWidget(m_buttons);
}

void SendPackageDialog::setFilePath(const QString& path)
{
    m_file->edit()->setText(path);
}

void SendPackageDialog::setPassphrase(const QString& passphrase)
{
    m_passphrase->setText(passphrase);
    m_repeat->setText(passphrase);
}

QString SendPackageDialog::statusText() const
{
    return m_status->text();
}

void SendPackageDialog::reject()
{
    if (!m_running) // the work holds the session until it ends
        QDialog::reject();
}

void SendPackageDialog::setRunning(bool running)
{
    m_running = running;
    m_sendButton->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!running);
    for (QWidget* w : {static_cast<QWidget*>(m_file), static_cast<QWidget*>(m_sinceBox),
                       static_cast<QWidget*>(m_passphrase), static_cast<QWidget*>(m_repeat)})
        w->setEnabled(!running);
    m_since->setEnabled(!running && m_sinceBox->isChecked());
    m_progress->setVisible(running || m_progress->value() > 0);
}

void SendPackageDialog::send()
{
    if (m_running)
        return;
    if (m_file->path().isEmpty()) {
        showStatus(m_status, tr("Choose where to save the package."), true);
        return;
    }
    if (m_passphrase->text() != m_repeat->text()) {
        showStatus(m_status, tr("The two passphrases differ."), true);
        return;
    }
    access::ExchangeExportRequest request;
    request.outPath = m_file->path();
    request.since = m_sinceBox->isChecked() ? m_since->date() : QDate();
    request.passphrase = m_passphrase->text();
    request.iterations = m_iterations;
    showStatus(m_status, tr("Encrypting the package…"), false);
    m_progress->setValue(0);
    setRunning(true);
    auto result = std::make_shared<std::optional<Result<access::ExchangeExportSummary>>>();
    auto progress = progressTo(m_progress);
    access::Session& session = m_session;
    const catalog::Catalog& catalog = m_catalog;
    SessionLease::run(
        m_session, this,
        [result, request, progress, &session, &catalog] {
            result->emplace(access::ExchangeService(session, catalog).exportPackage(request, progress));
        },
        [this, result] {
            setRunning(false);
            const auto& r = **result;
            if (!r) {
                showStatus(m_status, tr("Not sent: %1 Nothing was changed.").arg(r.error().message), true);
                emit finished(false);
                return;
            }
            m_passphrase->clear();
            m_repeat->clear();
            m_progress->setValue(m_progress->maximum());
            showStatus(m_status,
                       tr("%n ärende(n) with %1 insatser saved in %2 (%3). Give the file and, separately, the "
                          "passphrase to the SU-team.",
                          nullptr, r->arenden)
                           .arg(r->insatser)
                           .arg(QDir::toNativeSeparators(r->outPath), QLocale().formattedDataSize(r->bytes)),
                       false);
            emit finished(true);
        });
}

// --- receive ------------------------------------------------------------------------------------

ReceivePackageDialog::ReceivePackageDialog(access::Session& session, const catalog::Catalog& catalog, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("receivePackageDialog"));
    setWindowTitle(tr("Receive package"));
    setMinimumWidth(640);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(tr("Brings a handläggare's exchange package into this database. Ärenden already here "
                                 "are matched and updated; where an ärende was changed both here and in the "
                                 "package since the last exchange, the newer change is kept and the conflict "
                                 "report lists it. A damaged or altered package, or a wrong passphrase, changes "
                                 "nothing."),
                              this));
    auto* form = new QFormLayout;
    m_file = new PackageFileRow(false, this);
    form->addRow(tr("&File:"), m_file);
    m_passphrase = passphraseEdit(QStringLiteral("exchangePassphraseEdit"), this);
    form->addRow(tr("Transfer &passphrase:"), m_passphrase);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("exchangeOwnerCombo"));
    m_owner->addItem(tr("The package's own handläggare"), QString());
    if (m_session.hasRole(access::Role::Administrator)) {
        auto handlaggare = access::Accounts(m_session).activeHandlaggare();
        if (handlaggare) {
            QStringList names(handlaggare->cbegin(), handlaggare->cend());
            names.sort(Qt::CaseInsensitive);
            for (const QString& name : std::as_const(names))
                m_owner->addItem(tr("Give the ärenden to %1").arg(name), name);
        }
    } else {
        m_owner->setEnabled(false);
    }
    form->addRow(tr("&Handläggare:"), m_owner);
    layout->addLayout(form);
    addProgressAndStatus(layout, this, m_progress, m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_receiveButton = m_buttons->addButton(tr("&Receive"), QDialogButtonBox::AcceptRole);
    m_receiveButton->setObjectName(QStringLiteral("exchangeReceiveButton"));
    m_receiveButton->setDefault(true);
    connect(m_receiveButton, &QPushButton::clicked, this, &ReceivePackageDialog::receive);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReceivePackageDialog::reject);
    layout->addWidget(m_buttons);
}

void ReceivePackageDialog::setFilePath(const QString& path)
{
    m_file->edit()->setText(path);
}

void ReceivePackageDialog::setPassphrase(const QString& passphrase)
{
    m_passphrase->setText(passphrase);
}

QString ReceivePackageDialog::statusText() const
{
    return m_status->text();
}

void ReceivePackageDialog::reject()
{
    if (!m_running)
        QDialog::reject();
}

void ReceivePackageDialog::setRunning(bool running)
{
    m_running = running;
    m_receiveButton->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!running);
    m_file->setEnabled(!running);
    m_passphrase->setEnabled(!running);
    m_owner->setEnabled(!running && m_session.hasRole(access::Role::Administrator));
    m_progress->setVisible(running || m_progress->value() > 0);
}

void ReceivePackageDialog::receive()
{
    if (m_running)
        return;
    if (m_file->path().isEmpty()) {
        showStatus(m_status, tr("Choose the package to receive."), true);
        return;
    }
    access::ExchangeImportRequest request;
    request.inPath = m_file->path();
    request.passphrase = m_passphrase->text();
    request.owner = m_owner->currentData().toString();
    showStatus(m_status, tr("Opening the package…"), false);
    m_progress->setValue(0);
    setRunning(true);
    auto result = std::make_shared<std::optional<Result<access::ExchangeImportReport>>>();
    auto progress = progressTo(m_progress);
    access::Session& session = m_session;
    const catalog::Catalog& catalog = m_catalog;
    SessionLease::run(
        m_session, this,
        [result, request, progress, &session, &catalog] {
            result->emplace(access::ExchangeService(session, catalog).importPackage(request, progress));
        },
        [this, result] {
            setRunning(false);
            const auto& r = **result;
            if (!r) {
                showStatus(m_status, tr("Not received: %1 Nothing was changed.").arg(r.error().message), true);
                emit finished(false);
                return;
            }
            m_passphrase->clear();
            m_progress->setValue(m_progress->maximum());
            showStatus(m_status,
                       tr("Received: %1 new, %2 updated, %3 unchanged, %4 kept as they were here; %n conflict(s).",
                          nullptr, int(r->conflicts.size()))
                           .arg(r->created)
                           .arg(r->updated)
                           .arg(r->unchanged)
                           .arg(r->keptLocal),
                       false);
            emit received();
            emit finished(true);
            delete m_reportDialog;
            m_reportDialog = new ConflictReportDialog(*r, this);
            m_reportDialog->open();
        });
}

// --- conflict report ----------------------------------------------------------------------------

ConflictReportDialog::ConflictReportDialog(const access::ExchangeImportReport& report, QWidget* parent)
    : QDialog(parent)
    , m_report(report)
{
    setObjectName(QStringLiteral("conflictReportDialog"));
    setWindowTitle(tr("Exchange report"));
    resize(760, 420);
    auto* layout = new QVBoxLayout(this);
    QString summary =
        tr("Package from %1, made %2, for %3.")
            .arg(report.handlaggare,
                 QLocale().toString(QDateTime::fromString(report.packageCreatedAt, Qt::ISODate).toLocalTime(),
                                    QLocale::ShortFormat),
                 report.owner) +
        QLatin1Char(' ') +
        tr("%n ärende(n) in the package: %1 new, %2 updated, %3 unchanged, %4 kept as they were here.", nullptr,
           report.arenden)
            .arg(report.created)
            .arg(report.updated)
            .arg(report.unchanged)
            .arg(report.keptLocal);
    if (report.removedHere > 0)
        summary += QLatin1Char(' ') + tr("%n ärende(n) of the package had been erased or gallrade here and were not "
                                         "brought back.",
                                         nullptr, report.removedHere);
    summary += QLatin1Char(' ') + (report.conflicts.isEmpty()
                                       ? tr("No ärende was changed on both sides since the last exchange.")
                                       : tr("These ärenden were changed both here and in the package since the last "
                                            "exchange; the newer change was kept:"));
    m_summary = wrapped(summary, this);
    m_summary->setObjectName(QStringLiteral("conflictSummaryLabel"));
    layout->addWidget(m_summary);
    m_table = new QTableWidget(int(report.conflicts.size()), 5, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Ärende (no. here)"), tr("Case number"), tr("Changed here"), tr("Changed in package"), tr("Kept")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    auto when = [](const QString& iso) {
        return QLocale().toString(QDateTime::fromString(iso, Qt::ISODate).toLocalTime(), QLocale::ShortFormat);
    };
    for (int row = 0; row < report.conflicts.size(); ++row) {
        const access::ExchangeConflict& c = report.conflicts[row];
        const QStringList cells{QString::number(c.arendeId),
                                c.externalId.isEmpty() ? QStringLiteral("–") : c.externalId, when(c.localUpdatedAt),
                                when(c.packageUpdatedAt),
                                c.keptPackage ? tr("The package's version") : tr("This database's version")};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setVisible(!report.conflicts.isEmpty());
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* save = buttons->addButton(tr("&Save report…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("conflictSaveButton"));
    connect(save, &QPushButton::clicked, this, &ConflictReportDialog::saveJson);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ConflictReportDialog::summaryText() const
{
    return m_summary->text();
}

void ConflictReportDialog::saveJson()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), QStringLiteral("utbytesrapport.json"),
                                                      tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(access::exchangeReportJson(m_report)) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Save report"), tr("Cannot write %1.").arg(QFileInfo(path).fileName()));
}

} // namespace folja::ui
