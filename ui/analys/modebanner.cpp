#include "analys/modebanner.h"

#include "analysis/cellkey.h"

#include <QEvent>
#include <QPainter>

namespace folja::ui {

ModeBanner::ModeBanner(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("modeBanner"));
    setWordWrap(true);
    setMargin(6);
    setMode(analysis::Mode::Publicering, analysis::Query::kDefaultMinCell);
}

void ModeBanner::setMode(analysis::Mode mode, int minCell, analysis::ProtectionMethod protection)
{
    m_mode = mode;
    m_protection = protection;
    if (mode == analysis::Mode::Publicering) {
        if (protection == analysis::ProtectionMethod::CellKey) {
            // What analysis/cellkey.h does: published = true count + at most ±D, and a published
            // value below k + D (0 included) is shown as "..".
            const auto& ptable = analysis::PTable::builtin();
            const int deviation = ptable.ok() ? ptable.value().maxDeviation() : 2;
            setText(tr("<b>Publication</b> — every value is changed at random by at most ±%1 to protect "
                       "individuals (the same records always give the same value), so totals can differ from the "
                       "sum of their parts. A changed value below %2 is shown as .., so a number shown always "
                       "stands for at least %3. Safe to export.")
                        .arg(deviation)
                        .arg(minCell + deviation)
                        .arg(minCell));
        } else {
            setText(tr("<b>Publication</b> — values below %1 are hidden (shown as ..) together with the values "
                       "they could be worked out from. Safe to export.")
                        .arg(minCell));
        }
        setStyleSheet(QStringLiteral("QLabel#modeBanner { background: #e3eef9; color: #0b3a63; "
                                     "border: 1px solid #9dbfe0; border-radius: 3px; }"));
    } else {
        setText(tr("<b>Internal analysis — not for publication.</b> Small values are shown. Nothing can be "
                   "exported; switch back to publication to export."));
        setStyleSheet(QStringLiteral("QLabel#modeBanner { background: #fde2d8; color: #6b1700; "
                                     "border: 2px solid #c4421a; border-radius: 3px; }"));
    }
}

WatermarkOverlay::WatermarkOverlay(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("watermark"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    parent->installEventFilter(this);
    setGeometry(parent->rect());
    hide();
}

void WatermarkOverlay::setText(const QString& text)
{
    m_text = text;
    setVisible(!text.isEmpty());
    raise();
    update();
}

bool WatermarkOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void WatermarkOverlay::paintEvent(QPaintEvent*)
{
    if (m_text.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(std::max(18, std::min(width(), height()) / 8));
    p.setFont(f);
    p.setPen(QColor(196, 66, 26, 70));
    p.translate(width() / 2.0, height() / 2.0);
    p.rotate(-25);
    const QRect box(-width(), -height() / 2, 2 * width(), height());
    p.drawText(box, Qt::AlignCenter, m_text);
}

} // namespace folja::ui
