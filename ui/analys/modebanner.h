#pragma once

#include "analysis/query.h"

#include <QLabel>
#include <QWidget>

namespace folja::ui {

// The strip above every result that says which mode it is in: *publicering* (protected as the
// result says — small values hidden, or the Cell Key Method's bounded noise —, exportable) or
// *intern analys* (small values shown, "Ej för publicering", no export).
class ModeBanner : public QLabel
{
    Q_OBJECT

public:
    explicit ModeBanner(QWidget* parent = nullptr);
    // `protection` is the result's own (CrossTab::protection and the like), never a guess.
    void setMode(analysis::Mode mode, int minCell,
                 analysis::ProtectionMethod protection = analysis::ProtectionMethod::Suppression);
    analysis::Mode mode() const { return m_mode; }
    analysis::ProtectionMethod protection() const { return m_protection; }

private:
    analysis::Mode m_mode = analysis::Mode::Publicering;
    analysis::ProtectionMethod m_protection = analysis::ProtectionMethod::Suppression;
};

// "Ej för publicering" written diagonally across a widget (a table's viewport, a chart), on top
// of its content and transparent to the mouse. Follows the size of its parent.
class WatermarkOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit WatermarkOverlay(QWidget* parent);
    void setText(const QString& text); // empty: hidden
    QString text() const { return m_text; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
};

} // namespace folja::ui
