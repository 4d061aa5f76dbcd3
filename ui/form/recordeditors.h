#pragma once

// The repeated parts of an ärende: each insats as a card laid out by process step (Besluta,
// Genomföra, Följa upp, Avsluta), holding its uppföljningar as smaller cards. They only arrange
// rows; the answers go straight to the ärende through the RowRegistry.

#include "catalog/catalog.h"
#include "domain/records.h"

#include <QFrame>
#include <QList>
#include <QMap>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace folja::ui::form {

class FieldRow;
class RowRegistry;

// A small bold heading; used for steps and cards so they read the same everywhere.
QLabel* makeHeading(const QString& text, QWidget* parent, int pointDelta = 0);

class UppfoljningEditor : public QFrame
{
    Q_OBJECT

public:
    UppfoljningEditor(RowRegistry& rows, int insats, int index, QWidget* parent = nullptr);

    QList<QWidget*> focusChain() const;

signals:
    void removeRequested(int insats, int index);

private:
    QList<FieldRow*> m_rows;
    QPushButton* m_remove = nullptr;
};

class InsatsEditor : public QFrame
{
    Q_OBJECT

public:
    InsatsEditor(RowRegistry& rows, const catalog::Catalog& catalog, const domain::Insats& insats, int index,
                 QWidget* parent = nullptr);

    int index() const { return m_index; }
    // Shows which insats the card is about in its heading.
    void setTitleCode(const QString& ksi);
    // Where a process step of this insats begins, for the step list; nullptr if none.
    QWidget* stepAnchor(catalog::Step step) const { return m_anchors.value(step); }
    QList<QWidget*> focusChain() const;
    QPushButton* addUppfoljningButton() const { return m_addUppfoljning; }

signals:
    void removeRequested(int index);
    void addUppfoljningRequested(int index);
    void removeUppfoljningRequested(int insats, int index);

private:
    const catalog::Catalog& m_catalog;
    int m_index = 0;
    QLabel* m_title = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_addUppfoljning = nullptr;
    QList<QWidget*> m_chain;
    QMap<catalog::Step, QWidget*> m_anchors;
};

} // namespace folja::ui::form
