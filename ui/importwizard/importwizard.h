#pragma once

// The import wizard (issue 14): another system's extract (CSV/TXT or .xlsx) into Följa through a
// column and value mapping, with the same rules as `folja-cli import`. Pages: the file (encoding
// and separator shown; a saved mapping offered), the columns, the values (one choice per distinct
// value with its count, filtered by målgrupp where that matters), the dates, the preview (the first
// rows as they will be stored and every problem grouped; exportable as CSV) and the import itself
// on a worker with a progress bar and a cancel that leaves the database as it was. The mapping is
// saved under a name after a successful import and offered next time.
//
// All decisions are core's (io/importmapping.h, access/importmappings.h); the pages only show them.

#include "catalog/catalog.h"
#include "io/importmapping.h"
#include "io/tablesource.h"

#include <QSet>
#include <QWizard>

#include <atomic>
#include <memory>

namespace folja::access {
class Session;
}

namespace folja::ui {

class ImportFilePage;
class ImportColumnsPage;
class ImportValuesPage;
class ImportDatesPage;
class ImportPreviewPage;
class ImportRunPage;

// What the pages share.
struct ImportWizardState {
    access::Session* session = nullptr;
    const catalog::Catalog* catalog = nullptr;
    QString path;
    QString sheet;
    std::unique_ptr<io::TableSource> table;
    io::Mapping mapping;
    QString mappingName; // the saved mapping the user started from, if any
    QSet<QString> accounts;
    io::ValueAnalysis analysis;
    bool imported = false;
};

class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, ColumnsPage, ValuesPage, DatesPage, PreviewPage, RunPage };

    ImportWizard(access::Session& session, const catalog::Catalog& catalog, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // The menu's entry: tells a user without the right why not, else runs the wizard. True when
    // something was imported.
    static bool run(access::Session& session, const catalog::Catalog& catalog, QWidget* parent);

    ImportWizardState& state() { return m_state; }

    ImportFilePage* filePage() const { return m_file; }
    ImportColumnsPage* columnsPage() const { return m_columns; }
    ImportValuesPage* valuesPage() const { return m_values; }
    ImportDatesPage* datesPage() const { return m_dates; }
    ImportPreviewPage* previewPage() const { return m_preview; }
    ImportRunPage* runPage() const { return m_run; }

    // Whether work holds the session (the dry run, the import): the wizard cannot close meanwhile.
    bool isWorking() const;

    void reject() override;

private:
    ImportWizardState m_state;
    ImportFilePage* m_file = nullptr;
    ImportColumnsPage* m_columns = nullptr;
    ImportValuesPage* m_values = nullptr;
    ImportDatesPage* m_dates = nullptr;
    ImportPreviewPage* m_preview = nullptr;
    ImportRunPage* m_run = nullptr;
};

} // namespace folja::ui
