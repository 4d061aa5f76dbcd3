#pragma once

// The process steps beside the form (Aktualisera … Avsluta), each with the number of issues in
// it. Moving through the list scrolls the form to the step; Enter moves into the step's first
// question.

#include "catalog/catalog.h"
#include "domain/validation.h"

#include <QList>
#include <QListWidget>

namespace folja::ui::form {

class StepList : public QListWidget
{
    Q_OBJECT

public:
    explicit StepList(QWidget* parent = nullptr);

    // available: the steps the form has a place for (the others are shown but disabled).
    void update(const catalog::Catalog* catalog, const QList<domain::Issue>& issues,
                const QList<catalog::Step>& available);

signals:
    void stepShown(catalog::Step step);
    void stepEntered(catalog::Step step);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    static catalog::Step stepOf(const QListWidgetItem* item);
};

} // namespace folja::ui::form
