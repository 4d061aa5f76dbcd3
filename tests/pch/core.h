// Precompiled header of the core tests (tests/CMakeLists.txt,
// folja_test_build_speed). Only stable system headers: Qt Core, Qt Test and the standard library.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <variant>
#include <vector>
