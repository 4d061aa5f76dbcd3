#pragma once

#include "access/values.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace folja::access {
class Session;
}
namespace folja::catalog {
class Catalog;
}

namespace folja::ui {

class MoveArendenModel;
class ResultLabel;

// Moving ärenden between handläggare, single or in bulk: choose the handläggare they come from,
// tick some or all of their ärenden (shown by ärendenummer only), choose who takes them over and
// confirm. core/access moves them in one transaction and audits every ärende.
class MoveArendenWidget : public QWidget
{
    Q_OBJECT

public:
    MoveArendenWidget(access::Session& session, const catalog::Catalog& catalog, QWidget* parent = nullptr);

    MoveArendenModel* model() const { return m_model; }
    // Re-reads accounts and ärenden (after accounts changed or ärenden moved).
    void reload();
    bool setFrom(const QString& account);
    bool setTo(const QString& account);

public slots:
    void moveChecked();
    void moveAll();

signals:
    void arendenMoved(int count);

private:
    void showFrom();
    void updateButtons();
    QString from() const;
    QString to() const;
    bool move(const QString& what, int count, bool all);

    access::Session& m_session;
    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
    MoveArendenModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_all = nullptr;
    QPushButton* m_none = nullptr;
    QPushButton* m_moveChecked = nullptr;
    QPushButton* m_moveAll = nullptr;
    ResultLabel* m_result = nullptr;
    QHash<QString, QList<access::ArendeSummary>> m_byOwner; // account name (case-folded) → ärenden
};

} // namespace folja::ui
