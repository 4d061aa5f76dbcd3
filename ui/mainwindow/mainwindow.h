#pragma once

#include <QMainWindow>

namespace folja::ui {

// The host window: it owns no business logic; each screen is its own widget.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace folja::ui
