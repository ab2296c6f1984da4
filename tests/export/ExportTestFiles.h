#pragma once

// Files and secrets as the export tests look at them.
#include "CredentialKey.h"
#include "ExactDecimal.h"
#include "KeychainCredentialStore.h"
#include "KeychainSession.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>
#include <QTest>
#include <QUrl>

namespace billing::test {

// The rows of a CSV without its header, each split at every comma: for exports whose test
// data hold no comma or quote.
inline QList<QStringList> csvRows(const QByteArray &csv)
{
    QList<QStringList> rows;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty())
            rows.append(QString::fromUtf8(lines.at(i).chopped(1)).split(u','));
    }
    return rows;
}

// A non-negative amount with two decimals in cents; -1 when it is not one.
inline qint64 centsOf(const QString &amount)
{
    return money::parseScaled(amount, 2).value_or(-1);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Everything in `directory`, hidden files (a QSaveFile's temporary one) included.
inline QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

// The session token the executable keeps in the test session's keychain for `user`@`server`.
inline QString storedSessionToken(const QUrl &server, const QString &user, QObject *context)
{
    KeychainCredentialStore store;
    QString token;
    bool done = false;
    store.read(KeychainSession::sessionTokenKey(CredentialKey(server, user)), context,
               [&](const CredentialResult &result) {
                   token = result.password;
                   done = true;
               });
    for (int i = 0; i < 400 && !done; ++i)
        QTest::qWait(50);
    return token;
}

// The files below `roots` that hold one of `secrets`; *files counts the files read.
inline QStringList filesHolding(const QStringList &roots, const QList<QByteArray> &secrets,
                                int *files)
{
    QStringList holding;
    *files = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray bytes = readAll(path);
            ++*files;
            for (const QByteArray &secret : secrets) {
                if (bytes.contains(secret))
                    holding.append(path);
            }
        }
    }
    return holding;
}

} // namespace billing::test
