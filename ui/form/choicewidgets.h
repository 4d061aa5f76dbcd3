#pragma once

// Inputs for coded variables: a dropdown for single answers, a checkable list for multi-valued
// ones. Both show the values the catalogue offers for the målgrupp, and keep (and mark) a stored
// value that is not offered any more instead of dropping it, so nothing disappears silently.

#include "catalog/types.h"

#include <QComboBox>
#include <QList>
#include <QListWidget>
#include <QStringList>

namespace folja::ui::form {

// Display text of a value, indented below its parent (local sub-values, KSI children).
QString indentedLabel(const catalog::Variable& variable, const catalog::Value& value);

class ChoiceCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit ChoiceCombo(const catalog::Variable& variable, QWidget* parent = nullptr);

    // The values offered, in catalogue order; keeps the current code (marked if not offered).
    void setValues(const QList<const catalog::Value*>& values);
    QString code() const;
    void setCode(const QString& code);

signals:
    void codeChanged(const QString& code);

protected:
    // A dropdown should not change its answer by wheel while the user scrolls the form.
    void wheelEvent(QWheelEvent* event) override;

private:
    void rebuild(const QString& keep);

    const catalog::Variable& m_variable;
    QList<const catalog::Value*> m_values;
    bool m_updating = false;
};

class MultiChoiceList : public QListWidget
{
    Q_OBJECT

public:
    explicit MultiChoiceList(const catalog::Variable& variable, QWidget* parent = nullptr);

    void setValues(const QList<const catalog::Value*>& values);
    QStringList codes() const;
    void setCodes(const QStringList& codes);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void codesChanged(const QStringList& codes);

protected:
    void updateGeometries() override;

private:
    int contentHeight() const;

    void rebuild(const QStringList& keep);
    void onItemChanged(QListWidgetItem* item);

    const catalog::Variable& m_variable;
    QList<const catalog::Value*> m_values;
    bool m_updating = false;
    int m_contentHeight = -1;
};

} // namespace folja::ui::form
