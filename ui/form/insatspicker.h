#pragma once

// Choosing an insats by its KSI code: the hierarchy (verksamhetsområde → överkategori → insats)
// stays visible, parents that must be refined cannot be chosen, and a search line narrows the
// tree by code or name. Only the areas and values valid for the ärende's målgrupp are shown.

#include "catalog/catalog.h"

#include <QTreeView>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;

namespace folja::ui::form {

class InsatsTree : public QTreeView
{
    Q_OBJECT

public:
    using QTreeView::QTreeView;
    QSize sizeHint() const override;
};

class InsatsPicker : public QWidget
{
    Q_OBJECT

public:
    InsatsPicker(const catalog::Catalog& catalog, const catalog::Variable& variable, catalog::Malgrupp malgrupp,
                 QWidget* parent = nullptr);

    QString code() const { return m_code; }
    void setCode(const QString& code);

    QLineEdit* filterEdit() const { return m_filter; }
    QTreeView* tree() const { return m_tree; }
    // The full (unfiltered) model: one item per offered area and value, code in Qt::UserRole.
    QStandardItemModel* sourceModel() const { return m_model; }

signals:
    void codeChanged(const QString& code);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildModel();
    void applyFilter(const QString& text);
    // Chooses the value at a proxy index if it is selectable; returns whether it did.
    bool choose(const QModelIndex& proxyIndex);
    void showChosen();
    QModelIndex firstSelectable(const QModelIndex& parent = {}) const;
    int countSelectable(const QModelIndex& parent, QModelIndex* found) const;

    const catalog::Catalog& m_catalog;
    const catalog::Variable& m_variable;
    catalog::Malgrupp m_malgrupp;
    QString m_code;
    QLineEdit* m_filter = nullptr;
    InsatsTree* m_tree = nullptr;
    QLabel* m_chosen = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
};

} // namespace folja::ui::form
