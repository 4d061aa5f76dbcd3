// Precompiled header of the widget tests (tests/CMakeLists.txt, folja_test_build_speed): the
// headers of pure.h plus the Qt Widgets classes the tests and ui/ headers use most.
#pragma once

#include "core.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>
