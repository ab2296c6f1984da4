// Precompiled once per test directory and force-included in each of its tests
// (billing_add_test): the Qt headers nearly every test reads. None of them tests a macro that
// differs between the tests of one directory (QT_GUI_LIB, QT_WIDGETS_LIB: qtest.h and
// qtestsystem.h test those, so they stay out); GCC refuses a header that did (-Winvalid-pch,
// an error in CI), and the test then compiles as before.
#pragma once

#include <QtTest/qtestcase.h>

#include <QtCore/QAbstractItemModel>
#include <QtCore/QBitArray>
#include <QtCore/QByteArray>
#include <QtCore/QCborValue>
#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtCore/QUuid>
#include <QtCore/QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <vector>
