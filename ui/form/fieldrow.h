#pragma once

// One question of the form, generated from its catalogue variable: the label, the input that
// fits the variable (date, dropdown, checkable list, KSI tree), the issues about it, and the short
// comment where the catalogue allows one.

#include "catalog/catalog.h"
#include "domain/validation.h"
#include "form/answer.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace folja::ui {
class DateField;
}

namespace folja::ui::form {

class ChoiceCombo;
class InsatsPicker;
class MultiChoiceList;

class FieldRow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kCommentMaxLength = 200;

    FieldRow(const catalog::Catalog& catalog, const catalog::Variable& variable, catalog::Malgrupp malgrupp,
             const FieldKey& key, QWidget* parent = nullptr);

    const FieldKey& key() const { return m_key; }
    const catalog::Variable& variable() const { return m_variable; }

    Answer answer() const;
    void setAnswer(const Answer& answer);

    // The input that gets focus when the user jumps to this question.
    QWidget* focusTarget() const;
    // Focusable widgets in visual order, for the form's tab chain.
    QList<QWidget*> focusChain() const;
    // True while a date field holds text that is not a real date.
    bool hasUnacceptableInput() const;

    void setIssues(const QList<domain::Issue>& issues);
    // A conditional question is asked only when its condition holds; one that still carries an
    // answer stays editable so that the user can see and clear it.
    void setConditionMet(bool met, const QString& explanation);

signals:
    void answerChanged(const FieldKey& key, const Answer& answer);

private:
    QWidget* createInput(const catalog::Catalog& catalog, catalog::Malgrupp malgrupp);
    void setupComment();
    void updateCommentVisibility();
    void emitChanged();

    const catalog::Variable& m_variable;
    FieldKey m_key;
    bool m_updating = false;

    QLabel* m_label = nullptr;
    QLabel* m_hint = nullptr;
    QWidget* m_input = nullptr;
    DateField* m_date = nullptr;
    ChoiceCombo* m_combo = nullptr;
    MultiChoiceList* m_list = nullptr;
    InsatsPicker* m_insats = nullptr;
    QWidget* m_issueBox = nullptr;
    QLabel* m_issueIcon = nullptr;
    QLabel* m_issueText = nullptr;
    QToolButton* m_commentToggle = nullptr;
    QLineEdit* m_comment = nullptr;
    QLabel* m_commentReminder = nullptr;
};

} // namespace folja::ui::form
