#pragma once

// The summary "Kvar att fylla i / Att rätta": what must be corrected before saving (fel), what is
// worth checking (other varningar) and what is still missing (bortfall). Activating an entry asks
// the form to move to the question.

#include <QList>
#include <QListWidget>
#include <QString>

namespace folja::ui::form {

class IssuesPanel : public QListWidget
{
    Q_OBJECT

public:
    enum class Kind { Fel, Varning, Missing };
    struct Entry {
        Kind kind = Kind::Fel;
        QString text;
        QString fieldId; // FieldKey::id() of the question, or "malgrupp" / "person_id"
    };

    explicit IssuesPanel(QWidget* parent = nullptr);

    void setEntries(const QList<Entry>& entries);
    int entryCount(Kind kind) const;

signals:
    void fieldRequested(const QString& fieldId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QList<Entry> m_entries;
};

} // namespace folja::ui::form
