#pragma once

#include "HttpClient.h"

#include <QString>
#include <QTest>

namespace billing::test {

// Each returns an empty string when the reply is as expected, else why it is not.
QString statusMismatch(const HttpReply &reply, int status);
// The contract's error body {"error":{"code","message","fields"?…}} with that status and code.
QString errorMismatch(const HttpReply &reply, int status, const QString &code);
// The SPI's error body {"success":"false","error":{"code",…}}.
QString spiErrorMismatch(const HttpReply &reply, int status, const QString &code);
// A page {"items":[…],"nextCursor":string|null,"total":n}.
QString pageMismatch(const HttpReply &reply);
// Every field path in `paths` is named in error.fields with a non-empty reason.
QString fieldsMismatch(const HttpReply &reply, const QStringList &paths);

} // namespace billing::test

#define VERIFY_STATUS(reply, status)                                                               \
    do {                                                                                           \
        const QString why_ = billing::test::statusMismatch((reply), (status));                     \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                \
    } while (false)

#define VERIFY_ERROR(reply, status, code)                                                          \
    do {                                                                                           \
        const QString why_ =                                                                       \
            billing::test::errorMismatch((reply), (status), QStringLiteral(code));                 \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                \
    } while (false)

#define VERIFY_SPI_ERROR(reply, status, code)                                                      \
    do {                                                                                           \
        const QString why_ =                                                                       \
            billing::test::spiErrorMismatch((reply), (status), QStringLiteral(code));              \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                \
    } while (false)

#define VERIFY_PAGE(reply)                                                                         \
    do {                                                                                           \
        const QString why_ = billing::test::pageMismatch(reply);                                   \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                \
    } while (false)

#define VERIFY_FIELDS(reply, ...)                                                                  \
    do {                                                                                           \
        const QString why_ = billing::test::fieldsMismatch((reply), QStringList{__VA_ARGS__});     \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                \
    } while (false)

// For helpers that report failures through a QString.
#define VERIFY_NO_ERROR(error)                                                                     \
    do {                                                                                           \
        const QString why_ = (error);                                                              \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                \
    } while (false)
