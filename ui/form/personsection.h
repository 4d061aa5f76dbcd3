#pragma once

// Who the ärende is about. A new person's Person-ID is typed and checked as it is typed; kön and
// ålder are derived from it and never typed — except where the Person-ID gives none (a
// reservnummer without a birth date or kön rule): then they are entered by hand, stored and
// marked as entered (domain::applyEnteredKonAlder). For a person already registered the number is
// masked (birth year only; a reservnummer, which has no birth date to show, as "Dolt
// reservnummer") until the user asks to see it: the host audits that and hands the number over
// (showRevealedPersonId).

#include "catalog/catalog.h"
#include "domain/records.h"
#include "domain/validation.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QLineEdit;
class QPushButton;

namespace folja::ui::form {

class PersonSection : public QWidget
{
    Q_OBJECT

public:
    explicit PersonSection(QWidget* parent = nullptr);

    void setCatalog(const catalog::Catalog* catalog);
    // editable: a new person, whose Person-ID the user types.
    void setPerson(const domain::Person& person, bool editable);
    bool isEditable() const { return m_editable; }

    // The person with the typed Person-ID and its derived kön and birth date applied (when valid).
    domain::Person applyTo(const domain::Person& person) const;
    QString personIdText() const;
    void setPersonIdText(const QString& text);

    // A fel while a new person's Person-ID is missing or invalid.
    std::optional<domain::Issue> issue() const;
    // Ålder is shown at this date (the aktualisering, or today when that is not known yet).
    void setReferenceDate(QDate date);

    // The full Person-ID of the registered person, handed over by the host after it audited the
    // request (revealRequested). The form never holds it otherwise: a registered person comes
    // without the number (access::ArendeService::personOf).
    void showRevealedPersonId(const QString& personId);

    QLineEdit* personIdField() const { return m_personId; }
    QLineEdit* alderField() const { return m_alder; }
    QList<QWidget*> focusChain() const;
    // Shown instead of the derived fields where the Person-ID gives no kön / birth date.
    QWidget* konEntry() const;
    QWidget* alderEntry() const;
    // Entered by hand ("" / -1: nothing), for drafts.
    QString enteredKon() const;
    int enteredAlder() const;
    void setEntered(const QString& kon, int alder);

signals:
    void changed();
    void revealRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateDerived();
    void updateMasked();
    void updateMinimumWidths();

    const catalog::Catalog* m_catalog = nullptr;
    domain::Person m_person;
    bool m_editable = true;
    bool m_revealed = false;
    QString m_revealedId; // from the host, while shown
    QDate m_reference;

    QLabel* m_personIdLabel = nullptr;
    QLineEdit* m_personId = nullptr;
    QPushButton* m_reveal = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_konLabel = nullptr;
    QLineEdit* m_kon = nullptr;
    QLabel* m_alderLabel = nullptr;
    QLineEdit* m_alder = nullptr;
    QComboBox* m_konEntry = nullptr;
    QSpinBox* m_alderEntry = nullptr;
};

} // namespace folja::ui::form
