#pragma once

#include <QSortFilterProxyModel>

namespace folja::ui {

// Filters Mina ärenden by målgrupp, status, "missing required data" and ärendenummer text.
class ArendeFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ArendeFilterProxy(QObject* parent = nullptr);

    void setMalgrupp(const QString& code); // empty = all
    void setStatus(int status);            // -1 = all, else int(domain::ArendeStatus)
    void setOnlyMissing(bool only);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_malgrupp;
    int m_status = -1;
    bool m_onlyMissing = false;
    QString m_text;
};

} // namespace folja::ui
