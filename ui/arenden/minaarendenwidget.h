#pragma once

#include "domain/records.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace folja::catalog {
class Catalog;
}

namespace folja::ui {

class ArendeFilterProxy;
class ArendeListModel;

// "Mina ärenden": the list of the signed-in handläggare's own ärenden with filters.
class MinaArendenWidget : public QWidget
{
    Q_OBJECT

public:
    explicit MinaArendenWidget(const catalog::Catalog* catalog, QWidget* parent = nullptr);

    ArendeListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Shows the opt-in "kön, ålder" column (hidden by default: pseudonymous labels only).
    void setShowKonAlder(bool show);

signals:
    void openRequested(domain::Id id);
    void newArendeRequested();

private:
    void updateCount();
    void openCurrent();

    ArendeListModel* m_model = nullptr;
    ArendeFilterProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_malgrupp = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_onlyMissing = nullptr;
    QCheckBox* m_showKonAlder = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace folja::ui
