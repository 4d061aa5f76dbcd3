#include "analys/modebanner.h"

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

void ModeBanner::setMode(analysis::Mode mode, int minCell)
{
    m_mode = mode;
    if (mode == analysis::Mode::Publicering) {
        setText(tr("<b>Publication</b> — values below %1 are hidden (shown as ..) together with the values "
                   "they could be worked out from. Safe to export.")
                    .arg(minCell));
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
